using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.ArchitectureFixtures.BadSchema;

/// <summary>Violates "every module context names its schema".</summary>
public sealed class UnnamedDbContext(DbContextOptions<UnnamedDbContext> options) : ModuleDbContext(options);
