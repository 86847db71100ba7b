using MassTransit;

namespace ComplianceHub.Breaches.Domain;

/// <summary>Adds a timeline entry to the unit of work (saved with the change it describes).</summary>
internal static class BreachTimeline
{
    public static void Add(BreachesDbContext db, Guid breachId, DateTimeOffset at, string kind, string actor, string detail) =>
        db.Timeline.Add(new TimelineEntry
        {
            Id = NewId.NextGuid(),
            BreachId = breachId,
            At = at,
            Kind = kind,
            Actor = actor,
            Detail = detail,
        });
}
