using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Security.Data;

/// <summary>The module's schema; its tables arrive with the module's own issue.</summary>
[ModuleSchema("security")]
public sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options) : ModuleDbContext(options);
