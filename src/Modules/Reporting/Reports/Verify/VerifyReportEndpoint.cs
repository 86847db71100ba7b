using System.Security.Cryptography;

namespace ComplianceHub.Reporting.Reports.Verify;

internal static class VerifyReportEndpoint
{
    public static void MapVerifyReport(this IEndpointRouteBuilder api) =>
        api.MapGet("/reports/{id:guid}/verify", HandleAsync)
            .ForReportReaders("VerifyReport", "Recomputes the stored report's SHA-256 and checks its HMAC signature: proves it is unchanged since generation.");

    private static async Task<Results<Ok<ReportVerification>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, ReportSignatures signatures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var report = await ReportLookup.FindAsync(db, id, user, cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        return report.Status != ReportStatus.Completed
            ? ReportLookup.NotCompleted(report)
            : TypedResults.Ok(await VerifyAsync(db, report, signatures, clock, cancellationToken));
    }

    internal static async Task<ReportVerification> VerifyAsync(
        ReportingDbContext db, Report report, ReportSignatures signatures, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await foreach (var chunk in ReportLookup.ChunksAsync(db, report.Id).WithCancellation(cancellationToken))
        {
            sha256.AppendData(chunk);
        }

        var digest = Convert.ToHexStringLower(sha256.GetHashAndReset());
        var signatureValid = signatures.Verify(report);
        var digestMatches = report.Sha256 is { } stored
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(stored), System.Text.Encoding.ASCII.GetBytes(digest));
        return new ReportVerification(digestMatches && signatureValid, digest, report.Sha256, signatureValid, report.SigningKeyId, Instants.Normalize(clock.GetUtcNow()),
            ReportSignatures.SchemeOf(report));
    }
}
