using System.Text.Json;
using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.RegisterHistory;

internal static class RegisterChangeProjection
{
    public static RegisterChangeView Of(RegisterChange change)
    {
        using var snapshot = JsonDocument.Parse(change.Snapshot);
        return new RegisterChangeView
        {
            Id = change.Id,
            OrganizationId = change.OrganizationId,
            Register = change.Register.ToString(),
            EntryId = change.EntryId,
            Action = change.Action.ToString(),
            ChangedAt = change.ChangedAt,
            ChangedBy = change.ChangedBy,
            ChangedFields = change.ChangedFields,
            Snapshot = snapshot.RootElement.Clone(),
        };
    }
}
