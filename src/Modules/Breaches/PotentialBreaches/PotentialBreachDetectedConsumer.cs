using ComplianceHub.Breaches.ReportBreach;
using ComplianceHub.Security.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Breaches.PotentialBreaches;

/// <summary>
/// A security rule found evidence of a possible breach: open a breach linked to it, so the Art. 33 clock and the
/// workflow start at once. Awareness is taken as the detection instant, the earliest defensible reading of Art. 33(1)
/// (the DPO can assess it as NoRisk if the investigation clears it). One breach per detection, however often the
/// event is delivered.
/// </summary>
public sealed class PotentialBreachDetectedConsumer(
    BreachesDbContext db, BreachIntake intake, ILogger<PotentialBreachDetectedConsumer> logger) : IConsumer<PotentialBreachDetected>
{
    public async Task Consume(ConsumeContext<PotentialBreachDetected> context)
    {
        var detection = context.Message;
        var link = $"security/{detection.DetectionId}";
        if (await db.Breaches.AnyAsync(b => b.LinkedSource == link, context.CancellationToken))
        {
            logger.LogInformation("A breach for detection {DetectionId} exists; {MessageId} acknowledged", detection.DetectionId, context.MessageId);
            return;
        }

        var breach = await intake.OpenAsync(
            new NewBreach
            {
                OrganizationId = detection.OrganizationId,
                Title = $"Potential breach detected: {detection.Rule}",
                Description = detection.Summary,
                Source = $"security:{detection.Rule}",
                LinkedSource = link,
                DetectedAt = detection.DetectedAt,
                AwareAt = detection.DetectedAt,
                AffectedCountries = detection.AffectedCountries,
                DataCategories = detection.DataCategories.Count > 0 ? detection.DataCategories : ["unknown (under investigation)"],
                ApproxRecordsAffected = detection.ApproxRecordsAffected ?? 0,
                MeasuresTaken = null,
            },
            "security-module",
            context,
            context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Breach {BreachId} opened from detection {DetectionId} ({Rule})", breach.Id, detection.DetectionId, detection.Rule);
    }
}
