using System.Text;
using ComplianceHub.Breaches.Authorities;
using ComplianceHub.Breaches.GetBreach;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Breaches.AuthorityNotification;

internal static class GetAuthorityNotificationDraftEndpoint
{
    public static void MapGetAuthorityNotificationDraft(this IEndpointRouteBuilder api) =>
        api.MapGet("/breaches/{id:guid}/authority-notification/draft", HandleAsync)
            .Describe("GetAuthorityNotificationDraft",
                "The Art. 33(3) notification content for the lead and each concerned authority, with text and HTML renderings (format=html for the page alone).",
                Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst)
            .Produces<AuthorityNotificationDraft>(StatusCodes.Status200OK, "application/json")
            .AlsoProducesText("text/html")
            .WithExample(null, BreachViewExamples.Draft(api.ServiceProvider.GetRequiredService<SupervisoryAuthorityCatalog>()));

    private static async Task<Results<Ok<AuthorityNotificationDraft>, ContentHttpResult, NotFound, ValidationProblem>> HandleAsync(
        Guid id,
        ClaimsPrincipal user,
        BreachesDbContext db,
        BreachProjection views,
        OrganizationScope organizations,
        SupervisoryAuthorityCatalog authorities,
        TimeProvider clock,
        CancellationToken cancellationToken,
        string? phase = null,
        string? timeZone = null,
        string format = "json")
    {
        var errors = new ValidationErrors()
            .When(phase is not null && !PhaseSequence.IsValid(phase), "phase", "One of Initial, FollowUp, Final.")
            .When(timeZone is not null && (timeZone.Length > 64 || !DisplayTime.IsKnown(timeZone)), "timeZone", "Not an IANA time zone (e.g. \"Europe/Berlin\").")
            .When(format is not ("json" or "html"), "format", "One of json, html.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var breach = await BreachLookup.Visible(db, user).AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (breach is null)
        {
            return TypedResults.NotFound();
        }

        var initialSent = await db.AuthorityNotifications.AnyAsync(n => n.BreachId == breach.Id && n.Phase == NotificationPhase.Initial, cancellationToken);
        var profile = await organizations.ProfileAsync(breach.OrganizationId, cancellationToken);
        var contact = views.ContactOf(breach);
        var facts = new BreachDraftFacts
        {
            BreachId = breach.Id,
            OrganizationName = profile?.Name ?? breach.OrganizationId.ToString(),
            MainEstablishmentCountry = breach.MainEstablishment,
            Title = views.Open(breach.Title, breach.Id, nameof(Breach.Title))!,
            Description = views.Open(breach.Description, breach.Id, nameof(Breach.Description))!,
            DataCategories = breach.DataCategories,
            SpecialCategoryData = breach.SpecialCategoryData,
            ApproxSubjectsAffected = breach.ApproxSubjectsAffected,
            ApproxRecordsAffected = breach.ApproxRecordsAffected,
            LikelyConsequences = views.Open(breach.LikelyConsequences, breach.Id, nameof(Breach.LikelyConsequences)),
            MeasuresTaken = views.Open(breach.MeasuresTaken, breach.Id, nameof(Breach.MeasuresTaken)),
            ContactPoint = contact?.Name is { } name ? new ContactPoint { Name = name, Email = contact.Email, Phone = contact.Phone } : null,
            DetectedAt = breach.DetectedAt,
            AwareAt = breach.AwareAt,
            AuthorityDeadline = breach.AuthorityDeadline,
            ReportedByProcessor = breach.ReportedByProcessor,
            AffectedCountries = breach.AffectedCountries,
            RiskLevel = breach.RiskLevel?.ToString(),
            Phase = phase ?? (initialSent ? PhaseSequence.FollowUp : PhaseSequence.Initial),
            DisplayTimeZone = timeZone,
        };
        var draft = AuthorityNotificationComposer.Compose(
            facts, CompetentAuthorities.Resolve(authorities, breach.MainEstablishment, breach.AffectedCountries), clock.GetUtcNow());
        return format == "html" ? TypedResults.Content(draft.Html, "text/html; charset=utf-8", Encoding.UTF8) : TypedResults.Ok(draft);
    }
}
