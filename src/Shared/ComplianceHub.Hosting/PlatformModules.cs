using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.Messaging;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Shared.Hosting;

/// <summary>
/// The platform modules every host needs: the kernel and the backbone ask for what they keep through interfaces, so
/// a host built without one would fail on its first request or message. It fails at start instead, naming them.
/// </summary>
internal static class PlatformModules
{
    private static readonly (Type Service, string Module)[] Required =
    [
        (typeof(IAuthenticationSchemeProvider), "AddIdentityModule"),
        (typeof(IOrganizationDirectory), "AddIdentityModule"),
        (typeof(IAuditTrail), "AddAuditModule"),
        (typeof(IDeadLetterStore), "AddDeadLettersModule"),
        (typeof(IOperationsAlertOutbox), "AddDeadLettersModule"),
        (typeof(IDeadLetterErasure), "AddDeadLettersModule"),
        (typeof(IIdempotentRequests), "AddIdempotencyModule"),
    ];

    public static void EnsureAdded(IServiceProvider services)
    {
        var known = services.GetRequiredService<IServiceProviderIsService>();
        var missing = Required.Where(r => !known.IsService(r.Service)).Select(r => r.Module).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The host lacks platform modules every host needs: call {string.Join(", ", missing)} on the builder before AddMessaging.");
        }
    }
}
