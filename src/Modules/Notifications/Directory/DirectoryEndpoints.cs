using ComplianceHub.Notifications.Directory.Dpos;
using ComplianceHub.Notifications.Directory.EscalationPolicies;

namespace ComplianceHub.Notifications;

// In the module's namespace so NotificationsModule maps it with one line and no using.
/// <summary><c>/dpos</c> and <c>/escalation-policies</c>: call once on the <c>/api/v1</c> group.</summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapDpos();
        api.MapEscalationPolicies();
        return api;
    }
}
