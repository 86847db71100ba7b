using ComplianceHub.Shared.Database;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.DataSubjectRequests.Data;

/// <summary>The module's schema; its tables arrive with the module's own issue.</summary>
[ModuleSchema("data_subject_requests")]
public sealed class DataSubjectRequestsDbContext(DbContextOptions<DataSubjectRequestsDbContext> options) : ModuleDbContext(options);
