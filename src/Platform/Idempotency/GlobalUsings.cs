// The namespaces most of the Idempotency module's files use (its context, HTTP), named once here.
global using ComplianceHub.Shared.Database;
global using ComplianceHub.Shared.Http.Idempotency.Data;
global using Microsoft.AspNetCore.Http;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
