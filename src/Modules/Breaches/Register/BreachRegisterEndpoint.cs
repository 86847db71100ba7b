using System.Text;
using ComplianceHub.Breaches.GetBreach;

namespace ComplianceHub.Breaches.Register;

internal static class BreachRegisterEndpoint
{
    public static void MapBreachRegister(this IEndpointRouteBuilder api) =>
        api.MapGet("/breaches/register", HandleAsync)
            .Describe("GetBreachRegister",
                "The Art. 33(5) register: every breach, notified or not, with facts, effects, remedial action and, for unnotified ones, the reason.",
                Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst, Roles.Auditor)
            .Produces<IReadOnlyList<RegisterEntry>>(StatusCodes.Status200OK, "application/json")
            .AlsoProducesText("text/csv")
            .WithExample(null, BreachRegisterExamples.Register);

    private static async Task<Results<Ok<IReadOnlyList<RegisterEntry>>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        ClaimsPrincipal user, BreachesDbContext db, BreachProjection views, CancellationToken cancellationToken, string format = "json")
    {
        var errors = new ValidationErrors()
            .When(format is not ("json" or "csv"), "format", "One of json, csv.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var rows = await (from b in BreachLookup.Visible(db, user).AsNoTracking()
                          join wf in db.Workflows.AsNoTracking() on b.Id equals wf.CorrelationId into workflows
                          from w in workflows.DefaultIfEmpty()
                          orderby b.AwareAt, b.Id
                          select new { Breach = b, CurrentState = w == null ? nameof(BreachStatus.Reported) : w.CurrentState }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Breach.Id).ToList();
        var notifications = (await db.AuthorityNotifications.AsNoTracking().Where(n => ids.Contains(n.BreachId)).ToListAsync(cancellationToken))
            .ToLookup(n => n.BreachId);
        IReadOnlyList<RegisterEntry> entries = [.. rows.Select(r => Entry(r.Breach, r.CurrentState, [.. notifications[r.Breach.Id].OrderBy(n => n.SubmittedAt).ThenBy(n => n.Phase)], views))];
        return format == "csv"
            ? TypedResults.File(Encoding.UTF8.GetBytes(RegisterCsv.Write(entries)), "text/csv; charset=utf-8", "breach-register.csv")
            : TypedResults.Ok(entries);
    }

    private static RegisterEntry Entry(Breach b, string status, IReadOnlyList<AuthorityNotificationRecord> notifications, BreachProjection views)
    {
        var notified = notifications.Any(n => n.Phase == NotificationPhase.Initial);
        var rationale = views.Open(b.RiskRationale, b.Id, nameof(Breach.RiskRationale));
        return new RegisterEntry
        {
            BreachId = b.Id,
            OrganizationId = b.OrganizationId,
            Status = status,
            DetectedAt = b.DetectedAt,
            AwareAt = b.AwareAt,
            ReportedAt = b.ReportedAt,
            AuthorityDeadline = b.AuthorityDeadline,
            Title = views.Open(b.Title, b.Id, nameof(Breach.Title))!,
            Description = views.Open(b.Description, b.Id, nameof(Breach.Description))!,
            DataCategories = b.DataCategories,
            SpecialCategoryData = b.SpecialCategoryData,
            ApproxSubjectsAffected = b.ApproxSubjectsAffected,
            ApproxRecordsAffected = b.ApproxRecordsAffected,
            AffectedCountries = b.AffectedCountries,
            Effects = views.Open(b.LikelyConsequences, b.Id, nameof(Breach.LikelyConsequences)),
            RemedialAction = views.Open(b.MeasuresTaken, b.Id, nameof(Breach.MeasuresTaken)),
            RiskLevel = b.RiskLevel?.ToString(),
            RiskRationale = rationale,
            Notified = notified,
            ReasonNotNotified = notified ? null : b.RiskLevel switch
            {
                RiskLevel.NoRisk => $"Assessed as unlikely to result in a risk (Art. 33(1)): {rationale}",
                null => "Not yet assessed; notification pending.",
                _ => "Notification outstanding.",
            },
            Notifications = [.. notifications.Select(n => $"{n.AuthorityCountry} {n.Phase} {n.SubmittedAt.ToUniversalTime():O}{(n.Late ? " (late)" : "")}")],
            SubjectsInformedAt = b.SubjectsInformedAt,
            SubjectExemption = b.SubjectExemption?.ToString(),
            ClosedAt = b.ClosedAt,
            ClosingSummary = views.Open(b.ClosingSummary, b.Id, nameof(Breach.ClosingSummary)),
        };
    }
}
