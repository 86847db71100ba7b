using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Notifications.ReportDistribution;

/// <summary>
/// The delivery id (and so the Message-Id) of a report email to one recipient: the same on every attempt, so a relay
/// or mailbox that saw the first copy drops a repeat.
/// </summary>
internal static class ReportDeliveryIds
{
    public static Guid For(Guid reportId, int recipientIndex)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"report-email/{reportId:N}/{recipientIndex}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
