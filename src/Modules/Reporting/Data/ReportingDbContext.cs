using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.Data;

/// <summary>The module's schema; its tables arrive with the module's own issue.</summary>
[ModuleSchema("reporting")]
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options);
