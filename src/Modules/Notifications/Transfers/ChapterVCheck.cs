using ComplianceHub.Notifications.Channels;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>Applies <see cref="ChapterVRules"/> to a channel of an organisation, with this module's copy of its transfer register.</summary>
public sealed class ChapterVCheck(NotificationsDbContext db, ChannelProviders providers, AdequacyDecisions adequacy, TimeProvider clock)
{
    internal async Task<ChapterVDecision> DecideAsync(Guid? organization, ChannelKind channel, CancellationToken cancellationToken)
    {
        if (providers.ThirdCountry(channel) is not { } provider)
        {
            return ChapterVDecision.NoTransfer;
        }

        // An alert without an organisation (a platform alert) has no register: only an adequacy decision can cover it.
        List<TransferSafeguard> register = organization is { } org
            ? await db.TransferSafeguards.AsNoTracking()
                .Where(t => t.OrganizationId == org && t.DestinationCountry == provider.Country && !t.Removed)
                .ToListAsync(cancellationToken)
            : [];
        return ChapterVRules.Decide(provider, register, adequacy, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
