using ComplianceHub.Breaches.ReportBreach;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;

namespace ComplianceHub.Breaches.SubjectCommunication;

/// <summary>The customers told of <see cref="ReportBreachExamples"/>'s breach by email, at 40 hours.</summary>
internal static class SubjectCommunicationExamples
{
    public static readonly RecordSubjectCommunicationRequest Communication = new()
    {
        SentAt = AwareAt.AddHours(40),
        Channel = "Email",
        Recipients = 11800,
    };

    public static readonly SubjectCommunicationRecorded CommunicationRecorded =
        new(Id, AwareAt.AddHours(40), "Email", 11800, null, AwareAt.AddHours(40).AddMinutes(5));
}
