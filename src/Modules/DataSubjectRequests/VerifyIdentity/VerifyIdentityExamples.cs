using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using static ComplianceHub.DataSubjectRequests.ReceiveRequest.ReceiveRequestExamples;

namespace ComplianceHub.DataSubjectRequests.VerifyIdentity;

/// <summary>
/// The identity check of <see cref="ReceiveRequestExamples"/>'s request: verified by an email challenge two days later.
/// </summary>
internal static class VerifyIdentityExamples
{
    public static readonly DateTimeOffset VerifiedAt = new(2026, 2, 2, 8, 30, 0, TimeSpan.Zero);

    public static readonly VerifyIdentityRequest Verify = new() { Outcome = "Verified", Method = "email-challenge" };

    public static readonly RequestStateView Verified = new(Id, "InProgress", FirstDueAt, false, 0);
}
