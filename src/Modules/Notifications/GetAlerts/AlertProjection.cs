using System.Linq.Expressions;
using ComplianceHub.Notifications.Domain;

namespace ComplianceHub.Notifications.GetAlerts;

internal static class AlertProjection
{
    public static readonly Expression<Func<Alert, AlertView>> ToView = a => new AlertView(
        a.Id, a.Type.ToString(), a.Priority.ToString(), a.Status.ToString(), a.Title, a.Body, a.Source, a.Country, a.Deadline, a.RaisedAt);
}
