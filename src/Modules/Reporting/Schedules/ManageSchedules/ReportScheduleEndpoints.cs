using ComplianceHub.Reporting.Reports;
using ComplianceHub.Shared.Audit;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>When each report of an organisation is generated, in which time zone, and who receives it.</summary>
internal static class ReportScheduleEndpoints
{
    public static void MapReportSchedules(this IEndpointRouteBuilder api)
    {
        api.MapGet("/report-schedules", ListAsync).WithName("ListReportSchedules").WithTags("Reports")
            .WithSummary("The organisation's four report schedules (cron in its time zone, recipients, next fire time).")
            .RequireAuthorization(p => p.RequireRole(ScheduleRoles.Readers));
        api.MapPut("/report-schedules/{type}", UpdateAsync).WithName("UpdateReportSchedule").WithTags("Reports")
            .WithSummary("Change a report's schedule: Quartz cron (seconds first), IANA time zone, enabled, recipients (at most 20).")
            .WithExample(new ReportScheduleRequest("0 0 8 ? * MON", "Europe/Berlin", true, ["dpo@example.eu"]))
            .RequireAuthorization(p => p.RequireRole(ScheduleRoles.Writers));
    }

    private static async Task<Results<Ok<List<ReportScheduleView>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, OrganizationScope organizations, ScheduleSync sync, TimeProvider clock, CancellationToken cancellationToken,
        Guid? organizationId = null)
    {
        var errors = new ValidationErrors();
        var organization = await organizations.ForNewRecordAsync(user, organizationId, errors, cancellationToken);
        if (organization is not { } id)
        {
            return errors.ToProblem();
        }

        var profile = await organizations.ProfileAsync(id, cancellationToken);
        var schedules = await sync.EnsureAsync(id, profile?.HomeCountry, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(schedules.OrderBy(s => s.Type).Select(s => ReportScheduleView.Of(s, now)).ToList());
    }

    private static async Task<Results<Ok<ReportScheduleView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string type, ReportScheduleRequest request, ClaimsPrincipal user, OrganizationScope organizations, ScheduleSync sync,
        ReportingDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken cancellationToken, Guid? organizationId = null)
    {
        var errors = new ValidationErrors();
        var reportType = RequestEnums.Parse<ReportType>(errors, "type", type, required: true);
        ReportScheduleValidator.Validate(request, errors);
        var organization = await organizations.ForNewRecordAsync(user, organizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is not { } id || reportType is not { } kind)
        {
            return errors.ToProblem();
        }

        var profile = await organizations.ProfileAsync(id, cancellationToken);
        var schedule = (await sync.EnsureAsync(id, profile?.HomeCountry, cancellationToken)).Single(s => s.Type == kind);
        if (request.Revision is { } revision && revision != schedule.Revision)
        {
            return Conflict();
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        schedule.Cron = request.Cron!.Trim();
        schedule.TimeZone = request.TimeZone!;
        schedule.Enabled = request.Enabled!.Value;
        schedule.Recipients = [.. request.Recipients!.Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        schedule.UpdatedAt = Instants.Normalize(clock.GetUtcNow());
        schedule.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        // Recipients are personal data: the trail records how many, not who (Art. 5(1)(c)).
        await audit.AppendAsync(
            new AuditRecord(AuditTypes.ReportScheduleChanged, user.ActorId(), $"report-schedule/{id}/{kind}", new Dictionary<string, string?>
            {
                ["cron"] = schedule.Cron,
                ["timeZone"] = schedule.TimeZone,
                ["enabled"] = schedule.Enabled ? "true" : "false",
                ["recipients"] = schedule.Recipients.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }),
            db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await sync.ApplyAsync(schedule, cancellationToken);
        return TypedResults.Ok(ReportScheduleView.Of(schedule, clock.GetUtcNow()));
    }

    private static ProblemHttpResult Conflict() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "The schedule changed", detail: "The schedule changed since it was read; read it again and retry.");
}
