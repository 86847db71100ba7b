using ComplianceHub.DataSubjectRequests.FulfilmentSystems;
using ComplianceHub.DataSubjectRequests.ReceiveRequest;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>The examples the OpenAPI document shows for the request operations.</summary>
internal static class RequestExamples
{
    private static readonly Guid Id = Guid.Parse("5a0d8e21-7c3b-4f9e-a1d2-3b4c5d6e7f80");
    private static readonly DateTimeOffset ReceivedAt = new(2026, 1, 31, 10, 15, 0, TimeSpan.FromHours(1));

    public static readonly ReceiveRequestRequest Receive = new()
    {
        Type = "Access",
        ReceivedAt = ReceivedAt,
        Channel = "email",
        Country = "DE",
        Subject = new SubjectRequest { Name = "Erika Mustermann", Email = "erika@example.eu", Identifier = "CUST-1042" },
        Description = "Copy of all data you hold about me (Art. 15).",
    };

    /// <summary>Received 31 January in Berlin: due at the end of 28 February, Berlin time (Reg. 1182/71).</summary>
    public static readonly RequestAccepted Accepted = new(Id, new DateTimeOffset(2026, 2, 28, 22, 59, 59, TimeSpan.Zero).AddTicks(9_999_990));

    public static readonly FulfilmentSystemRequest System = new()
    {
        Name = "CRM",
        RequestTypes = ["Access", "Erasure", "Rectification"],
        Delivery = "Webhook",
        Address = "https://crm.example.eu/hooks/dsr",
    };
}
