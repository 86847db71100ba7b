// The namespaces most of the Audit module's files use (its context, logging, JSON, message keys), named once here.
global using System.Text.Json;
global using ComplianceHub.Shared.Audit.Data;
global using ComplianceHub.Shared.MessageSecurity;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
