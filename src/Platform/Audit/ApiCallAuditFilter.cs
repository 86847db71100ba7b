using System.Collections.Concurrent;
using System.Reflection;
using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Records every state-changing API call that reached its handler (POST, PUT, PATCH, DELETE): who, which operation,
/// which ids, and the answer. The acts themselves are audited in their own transactions where it matters; this is
/// the trace of the calls, including refused ones. Concurrent calls' entries are committed together
/// (<see cref="AuditGroupCommit"/>), each before its call is answered; a call whose entry cannot be committed is not
/// answered as a success (<see cref="ApiCallNotAuditedException"/>: a 500 problem saying the call may have taken effect).
/// </summary>
internal sealed class ApiCallAuditFilter(AuditGroupCommit audit, ILogger<ApiCallAuditFilter> logger) : IEndpointFilter
{
    /// <summary>Each answer type's <c>OrganizationId</c> property (or none), looked up once per type, not per call.</summary>
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> OrganizationProperties = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
        {
            return await next(context);
        }

        var result = await next(context);
        var answer = result;
        while (answer is INestedHttpResult nested)
        {
            answer = nested.Result; // Results<A, B> wraps the one that was returned
        }

        var status = answer is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        var endpoint = http.GetEndpoint() as RouteEndpoint;
        var answerValue = answer is IValueHttpResult { Value: { } answered } ? answered : null;
        var answerOrganization = answer is CapturedResponse captured ? OrganizationOfCaptured(captured) : OrganizationOfResource(answerValue);
        var data = new Dictionary<string, string?>
        {
            ["method"] = http.Request.Method,
            ["route"] = endpoint?.RoutePattern.RawText,
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["correlationId"] = http.TraceIdentifier,
        };

        // Route values are ids and names chosen by the API (never free text): safe in the trail.
        foreach (var (key, value) in http.Request.RouteValues)
        {
            data[$"route.{key}"] = value?.ToString();
        }

        try
        {
            await audit.AppendAsync(
                new AuditRecord(
                    AuditTypes.ApiCall, http.User.ActorId(), endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "api", data,
                    OrganizationId: OrganizationOf(http, answerOrganization)));
        }
        catch (Exception ex)
        {
            // The call's own effects are committed (and audited in their transaction where they change records), but
            // the trace of the call is not: the caller must not read the answer as a recorded success.
            logger.LogError(ex, "Audit of {Method} {Route} failed", http.Request.Method, endpoint?.RoutePattern.RawText);
            if (status is >= 200 and < 300)
            {
                throw new ApiCallNotAuditedException($"{http.Request.Method} {endpoint?.RoutePattern.RawText}", ex);
            }
        }

        return result;
    }

    /// <summary>
    /// The caller's organisation; for a platform caller the one the route names (<c>/organizations/{orgId}/…</c>), the
    /// one it named for a new record (<see cref="ActingOrganization"/>), else the one the answered resource belongs to
    /// (its <c>organizationId</c>), so an organisation's Auditor sees what a platform caller did to its records.
    /// </summary>
    private static Guid? OrganizationOf(HttpContext http, Guid? answered) =>
        http.User.OrganizationId()
        ?? (Guid.TryParse(http.Request.RouteValues["orgId"]?.ToString(), out var routed) ? routed : (Guid?)null)
        ?? http.RequestServices.GetService<ActingOrganization>()?.Id
        ?? answered;

    private static Guid? OrganizationOfResource(object? answer) =>
        (answer is null ? null : OrganizationProperties.GetOrAdd(answer.GetType(), static t => t.GetProperty("OrganizationId"))?.GetValue(answer)) switch
        {
            Guid id when id != Guid.Empty => id,
            _ => (Guid?)null,
        };

    /// <summary>An answer the idempotency filter captured as bytes: its JSON's top-level <c>organizationId</c>.</summary>
    private static Guid? OrganizationOfCaptured(CapturedResponse captured)
    {
        if (captured.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true || captured.Body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(captured.Body);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("organizationId", out var id) && id.TryGetGuid(out var organization)
                ? organization
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
