// The namespaces most of the backbone's files use (MassTransit, module contexts, options, logging), named once here.
global using ComplianceHub.Shared.Configuration;
global using ComplianceHub.Shared.Database;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;
