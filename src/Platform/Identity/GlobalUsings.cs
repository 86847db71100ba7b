// The namespaces most of the Identity module's files use (its context, claims), named once here.
global using System.Security.Claims;
global using ComplianceHub.Shared.Database;
global using ComplianceHub.Shared.Identity.Data;
global using Microsoft.EntityFrameworkCore;
