// The namespaces most of this project's files use, once.
global using System.Reflection;
global using ComplianceHub.ArchitectureTests.Rules;
global using ComplianceHub.Shared.Database;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Infrastructure;
global using Microsoft.EntityFrameworkCore.Migrations;
