// The namespaces most of this project's files use, once.
global using System.Net;
global using System.Security.Cryptography;
global using System.Text.Json;
global using ComplianceHub.Security.Data;
global using ComplianceHub.Security.Domain;
global using ComplianceHub.Security.Evaluation;
global using ComplianceHub.Security.Rules;
global using ComplianceHub.Security.Tests.Host;
global using ComplianceHub.Shared.MessageSecurity;
global using ComplianceHub.Testing;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using static ComplianceHub.Security.Tests.Host.SecurityTestTime;
