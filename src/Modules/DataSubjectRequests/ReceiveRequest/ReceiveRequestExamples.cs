namespace ComplianceHub.DataSubjectRequests.ReceiveRequest;

/// <summary>
/// The request every example of the OpenAPI document follows: one fictitious Access request (Art. 15), received by
/// email in Berlin, identity verified, extended (Art. 12(3)), its one fulfilment task done, answered. The other use
/// cases' examples take its id and dates.
/// </summary>
internal static class ReceiveRequestExamples
{
    public static readonly Guid Id = Guid.Parse("5a0d8e21-7c3b-4f9e-a1d2-3b4c5d6e7f80");
    public static readonly Guid OrganizationId = Guid.Parse("3f6b2a90-1c4d-4e7f-8a9b-0c1d2e3f4a5b");

    public static readonly DateTimeOffset ReceivedAt = new(2026, 1, 31, 10, 15, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset RecordedAt = new(2026, 1, 31, 9, 20, 0, TimeSpan.Zero);

    /// <summary>Received 31 January in Berlin: due at the end of 28 February, Berlin time (Reg. 1182/71).</summary>
    public static readonly DateTimeOffset FirstDueAt = new DateTimeOffset(2026, 2, 28, 22, 59, 59, TimeSpan.Zero).AddTicks(9_999_990);

    public static readonly ReceiveRequestRequest Receive = new()
    {
        Type = "Access",
        ReceivedAt = ReceivedAt,
        Channel = "email",
        Country = "DE",
        Subject = new SubjectRequest { Name = "Erika Mustermann", Email = "erika@example.eu", Identifier = "CUST-1042" },
        Description = "Copy of all data you hold about me (Art. 15).",
    };

    public static readonly RequestAccepted Accepted = new(Id, FirstDueAt);
}
