// The namespaces most of this project's files use, once.
global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using ComplianceHub.Reporting.Data;
global using ComplianceHub.Reporting.Registers;
global using ComplianceHub.Reporting.Reports;
global using ComplianceHub.Reporting.RequestLog;
global using ComplianceHub.Reporting.Schedules;
global using ComplianceHub.Shared.Audit;
global using ComplianceHub.Shared.Database;
global using ComplianceHub.Shared.Geography;
global using ComplianceHub.Shared.Identity;
global using ComplianceHub.Testing;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Quartz;
