using ComplianceHub.Security.Evaluation;
using ComplianceHub.Security.Rules;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.Security.Scans;

/// <summary>
/// <c>POST /scans/{scanId}/finished</c> stores a scan's issues with their CVSS priority and raises one alert at the
/// highest priority found (in the same transaction); <c>GET /scans/{scanId}</c> reads it back. A scan id is the
/// scanner's and unique within the organisation: finishing it again answers with the stored scan.
/// </summary>
internal static class ScanEndpoints
{
    public static void MapScans(this IEndpointRouteBuilder api)
    {
        api.MapPost("/scans/{scanId}/finished", FinishAsync)
            .WithIdempotency<SecurityDbContext>()
            .WithName("FinishScan")
            .WithTags("Security")
            .WithSummary("A vulnerability scan finished: store its issues with their CVSS priority and alert at the highest.")
            .WithExample(ScanExamples.ScanFinished, null, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.SecurityOfficer, Roles.Integration));
        api.MapGet("/scans/{scanId}", GetAsync)
            .WithName("GetScan")
            .WithTags("Security")
            .WithSummary("A finished scan and its issues with their derived priority.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.Auditor));
    }

    private static async Task<Results<Accepted<ScanView>, ValidationProblem>> FinishAsync(
        string scanId, ScanFinishedRequest request, ClaimsPrincipal user, OrganizationScope organizations, SecurityDbContext db,
        AlertWriter alerts, IModuleOutbox<SecurityDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = Validate(scanId, request);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var id = scanId.Trim();
        if (await FindAsync(db, organization.Value, id, cancellationToken) is { } existing)
        {
            return TypedResults.Accepted($"/api/v1/scans/{Uri.EscapeDataString(id)}", existing);
        }

        var scan = new Scan
        {
            Id = NewId.NextSequentialGuid(),
            OrganizationId = organization.Value,
            ScanId = id,
            FinishedAt = clock.GetUtcNow(),
            Issues = [.. request.Issues!.Select((i, n) => new ScanIssue
            {
                Number = n, IssueId = i!.Id!.Trim(), Title = i.Title!.Trim(), CvssScore = i.CvssScore!.Value, Asset = i.Asset!.Trim(), Priority = CvssPriority.Of(i.CvssScore.Value),
            })],
        };
        db.Scans.Add(scan);
        if (scan.Issues.Count > 0)
        {
            await alerts.RaiseAsync(outbox.PublishEndpoint, ScanAlert.For(scan), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/scans/{Uri.EscapeDataString(id)}", (await FindAsync(db, organization.Value, id, cancellationToken))!);
    }

    private static async Task<Results<Ok<ScanView>, NotFound>> GetAsync(string scanId, ClaimsPrincipal user, SecurityDbContext db, CancellationToken cancellationToken)
    {
        var organization = OrganizationScope.ReadFilter(user);
        var scan = await db.Scans.AsNoTracking()
            .Where(s => s.ScanId == scanId && (organization == null || s.OrganizationId == organization))
            .OrderBy(s => s.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        return scan is null ? TypedResults.NotFound() : TypedResults.Ok(await ViewAsync(db, scan, cancellationToken));
    }

    private static async Task<ScanView?> FindAsync(SecurityDbContext db, Guid organization, string scanId, CancellationToken cancellationToken) =>
        await db.Scans.AsNoTracking().SingleOrDefaultAsync(s => s.OrganizationId == organization && s.ScanId == scanId, cancellationToken) is { } scan
            ? await ViewAsync(db, scan, cancellationToken)
            : null;

    private static async Task<ScanView> ViewAsync(SecurityDbContext db, Scan scan, CancellationToken cancellationToken)
    {
        var subject = ScanAlert.Subject(scan.ScanId);
        var alert = await db.Alerts.AsNoTracking()
            .Where(a => a.OrganizationId == scan.OrganizationId && a.Rule == ScanAlert.Rule && a.Subject == subject)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return new ScanView(scan.Id, scan.ScanId, scan.OrganizationId, scan.FinishedAt,
            [.. scan.Issues.OrderByDescending(i => i.CvssScore).Select(i => new ScanIssueView(i.IssueId, i.Title, i.CvssScore, i.Asset, i.Priority.ToString()))],
            alert);
    }

    private static ValidationErrors Validate(string scanId, ScanFinishedRequest request)
    {
        var errors = new ValidationErrors().Text("scanId", scanId, SecurityLimits.ExternalIdLength, required: true, multiline: false);
        var issues = request.Issues;
        errors.When(issues is null, "issues", "Required (an empty list for a scan that found nothing).")
            .When(issues?.Count > SecurityLimits.MaxScanIssues, "issues", $"At most {SecurityLimits.MaxScanIssues} issues.");
        if (!errors.IsValid || issues is null)
        {
            return errors;
        }

        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            if (issue is null)
            {
                errors.Add($"issues[{i}]", "Required.");
                continue;
            }

            errors.Text($"issues[{i}].id", issue.Id, SecurityLimits.NameLength, required: true, multiline: false)
                .Text($"issues[{i}].title", issue.Title, SecurityLimits.TitleLength, required: true, multiline: false)
                .Text($"issues[{i}].asset", issue.Asset, SecurityLimits.NameLength, required: true, multiline: false)
                .When(!CvssPriority.IsValid(issue.CvssScore), $"issues[{i}].cvssScore", "Required: a CVSS v3 base score from 0.0 to 10.0.");
        }

        return errors;
    }
}
