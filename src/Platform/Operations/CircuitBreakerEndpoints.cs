using System.Security.Claims;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Shared.Resilience;

/// <summary><c>/api/v1/circuit-breakers</c>: every breaker's state and history; operators force one open or closed.</summary>
public static class CircuitBreakerEndpoints
{
    /// <summary>The dependencies a breaker guards before any call was made, so an operator can force them too.</summary>
    public static readonly IReadOnlyList<string> WellKnown = ["broker", "smtp", "sms"];

    public static IEndpointRouteBuilder MapCircuitBreakers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/circuit-breakers").WithTags("Circuit breakers");
        group.MapGet("", (CircuitBreakerRegistry registry) => TypedResults.Ok(registry.All.Select(b => b.Snapshot()).ToList()))
            .WithName("ListCircuitBreakers")
            .WithSummary("Every circuit breaker of this host: state, calls and failures in the window, transition history.")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin, Roles.Operator, Roles.Auditor));
        group.MapGet("/{name}", GetAsync)
            .WithName("GetCircuitBreaker")
            .WithSummary("One circuit breaker.")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin, Roles.Operator, Roles.Auditor));
        group.MapPost("/{name}/force-open", (string name, OperatorAction action, CircuitBreakerRegistry registry, ClaimsPrincipal user) =>
                Force(name, action, registry, user, (b, reason, actor) => b.ForceOpen(reason, actor)))
            .WithName("ForceOpenCircuitBreaker")
            .WithSummary("Open a breaker and keep it open (calls are rejected and retried later) until it is force-closed.")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin, Roles.Operator));
        group.MapPost("/{name}/force-close", (string name, OperatorAction action, CircuitBreakerRegistry registry, ClaimsPrincipal user) =>
                Force(name, action, registry, user, (b, reason, actor) => b.ForceClose(reason, actor)))
            .WithName("ForceCloseCircuitBreaker")
            .WithSummary("Close a breaker with a fresh failure window.")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin, Roles.Operator));
        return api;
    }

    private static Results<Ok<CircuitSnapshot>, ProblemHttpResult> GetAsync(string name, CircuitBreakerRegistry registry) =>
        Find(registry, name) is { } breaker ? TypedResults.Ok(breaker.Snapshot()) : NotFound(name);

    private static Results<Ok<CircuitSnapshot>, ValidationProblem, ProblemHttpResult> Force(
        string name, OperatorAction action, CircuitBreakerRegistry registry, ClaimsPrincipal user, Action<CircuitBreaker, string, string> force)
    {
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(action.Reason), "reason", "A reason is required; it is kept in the breaker's history.")
            .When(action.Reason is { Length: > OperatorAction.MaxReasonLength }, "reason", $"At most {OperatorAction.MaxReasonLength} characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (Find(registry, name) is not { } breaker)
        {
            return NotFound(name);
        }

        force(breaker, action.Reason!.Trim(), user.ActorId());
        return TypedResults.Ok(breaker.Snapshot());
    }

    private static CircuitBreaker? Find(CircuitBreakerRegistry registry, string name) =>
        registry.TryFind(name, out var breaker) ? breaker
        : WellKnown.Contains(name, StringComparer.OrdinalIgnoreCase) ? registry.Get(name.ToLowerInvariant())
        : null;

    private static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such circuit breaker", detail: $"No circuit breaker is named '{name}'.");
}
