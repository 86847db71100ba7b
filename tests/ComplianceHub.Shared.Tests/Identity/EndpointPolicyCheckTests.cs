using Microsoft.AspNetCore.Routing.Patterns;

namespace ComplianceHub.Shared.Tests.Identity;

public sealed class EndpointPolicyCheckTests
{
    [Fact]
    public async Task A_host_with_an_endpoint_that_names_no_role_does_not_start()
    {
        var check = new EndpointPolicyCheck(new DefaultEndpointDataSource(
            Endpoint("/declared", new AuthorizationPolicyBuilder().RequireRole(Roles.Dpo).Build()),
            Endpoint("/health", new AllowAnonymousAttribute()),
            Endpoint("/forgotten", new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => check.StartAsync(CancellationToken.None));

        Assert.Contains("/forgotten", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/declared", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/health", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_of_several_requirements_intersect_and_the_platform_requirement_is_seen()
    {
        var access = EndpointAccess.Of(Endpoint(
            "/x",
            new AuthorizationPolicyBuilder().RequireRole(Roles.Admin, Roles.Dpo).Build(),
            new AuthorizationPolicyBuilder().RequirePlatformRole(Roles.Dpo, Roles.Auditor).Build()));

        Assert.Equal([Roles.Dpo], access.Roles);
        Assert.True(access.PlatformOnly);
        Assert.True(access.Declared);
    }

    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);
}
