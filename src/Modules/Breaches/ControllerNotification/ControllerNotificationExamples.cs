using ComplianceHub.Breaches.ReportBreach;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;

namespace ComplianceHub.Breaches.ControllerNotification;

/// <summary>A processor telling its controller of <see cref="ReportBreachExamples"/>'s breach, two hours after awareness (Art. 33(2)).</summary>
internal static class ControllerNotificationExamples
{
    public static readonly RecordControllerNotificationRequest ControllerNotice = new() { NotifiedAt = AwareAt.AddHours(2) };

    public static readonly ControllerNotificationRecorded ControllerNoticeRecorded = new(Id, AwareAt.AddHours(2));
}
