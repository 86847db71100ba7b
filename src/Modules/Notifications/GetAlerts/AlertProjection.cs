using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Notifications.GetAlerts;

internal static class AlertProjection
{
    public static AlertView ToView(Alert a, PersonalDataProtector personalData) => new(
        a.Id, a.Type.ToString(), a.Priority.ToString(), a.Status.ToString(),
        personalData.Unprotect(a.Title, a.Id, nameof(Alert.Title)), personalData.Unprotect(a.Body, a.Id, nameof(Alert.Body)),
        a.Source, a.Country, a.Deadline, a.RaisedAt);
}
