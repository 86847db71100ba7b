using ComplianceHub.Breaches.Authorities;
using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.Workflow;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Breaches.ReportBreach;

/// <summary>
/// Opens a breach: the record, its workflow (so that no later event can arrive before it exists), the first timeline
/// entry and <see cref="BreachReported"/>, all in the caller's unit of work. Used by the API and by detections.
/// </summary>
public sealed class BreachIntake(
    BreachesDbContext db, OrganizationScope organizations, SupervisoryAuthorityCatalog authorities,
    PersonalDataProtector personalData, TimeProvider clock)
{
    /// <summary>Adds the breach; the caller saves. <paramref name="publish"/> is the outbox of the caller's unit of work.</summary>
    internal async Task<Breach> OpenAsync(NewBreach facts, string actor, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        var now = Instants.Normalize(clock.GetUtcNow());
        var profile = await organizations.ProfileAsync(facts.OrganizationId, cancellationToken);
        var competent = CompetentAuthorities.Resolve(authorities, profile?.HomeCountry, facts.AffectedCountries);
        var id = NewId.NextGuid();
        var awareAt = Instants.Normalize(facts.AwareAt);
        var breach = new Breach
        {
            Id = id,
            OrganizationId = facts.OrganizationId,
            Title = personalData.Protect(facts.Title, id, nameof(Breach.Title)),
            Description = personalData.Protect(facts.Description, id, nameof(Breach.Description)),
            Source = facts.Source,
            LinkedSource = facts.LinkedSource,
            DetectedAt = Instants.Normalize(facts.DetectedAt),
            AwareAt = awareAt,
            AuthorityDeadline = AuthorityDeadline.From(awareAt),
            ReportedAt = now,
            AffectedCountries = [.. facts.AffectedCountries.Select(c => c.ToUpperInvariant()).Distinct()],
            DataCategories = [.. facts.DataCategories],
            SpecialCategoryData = facts.SpecialCategoryData,
            ApproxSubjectsAffected = facts.ApproxSubjectsAffected,
            ApproxRecordsAffected = facts.ApproxRecordsAffected,
            LikelyConsequences = personalData.ProtectOptional(facts.LikelyConsequences, id, nameof(Breach.LikelyConsequences)),
            MeasuresTaken = personalData.ProtectOptional(facts.MeasuresTaken, id, nameof(Breach.MeasuresTaken)),
            ReportedByProcessor = facts.ReportedByProcessor,
            MainEstablishment = profile?.HomeCountry,
            RequiredAuthorities = [.. competent.RequiredCountries],
            ContactName = personalData.ProtectOptional(facts.ContactPoint?.Name, id, nameof(Breach.ContactName)),
            ContactEmail = personalData.ProtectOptional(facts.ContactPoint?.Email, id, nameof(Breach.ContactEmail)),
            ContactPhone = personalData.ProtectOptional(facts.ContactPoint?.Phone, id, nameof(Breach.ContactPhone)),
        };
        db.Breaches.Add(breach);
        db.Workflows.Add(new BreachWorkflow
        {
            CorrelationId = id,
            Version = 1,
            CurrentState = nameof(BreachStatus.Reported),
            OrganizationId = breach.OrganizationId,
            AwareAt = breach.AwareAt,
            AuthorityDeadline = breach.AuthorityDeadline,
            ReportedByProcessor = breach.ReportedByProcessor,
            ApproxSubjectsAffected = breach.ApproxSubjectsAffected,
            AffectedCountries = [.. breach.AffectedCountries],
            RequiredAuthorities = [.. breach.RequiredAuthorities],
        });
        BreachTimeline.Add(db, id, now, TimelineKinds.Reported, actor,
            $"Reported; aware {breach.AwareAt:O}; deadline {breach.AuthorityDeadline:O}; notify: {Countries(breach.RequiredAuthorities)}.");
        await publish.Publish(
            new BreachReported
            {
                BreachId = breach.Id,
                OrganizationId = breach.OrganizationId,
                DetectedAt = breach.DetectedAt,
                AwareAt = breach.AwareAt,
                AuthorityDeadline = breach.AuthorityDeadline,
                AffectedCountries = breach.AffectedCountries,
                SpecialCategoryData = breach.SpecialCategoryData,
                ApproxSubjectsAffected = breach.ApproxSubjectsAffected,
                ReportedByProcessor = breach.ReportedByProcessor,
            },
            cancellationToken);
        return breach;
    }

    private static string Countries(IReadOnlyCollection<string> countries) => countries.Count == 0 ? "none in the EU/EEA" : string.Join(", ", countries);
}
