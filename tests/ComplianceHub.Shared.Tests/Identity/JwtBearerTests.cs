using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceHub.Shared.Tests.Identity;

/// <summary>Bearer tokens from an OIDC issuer on loopback, beside API keys.</summary>
public sealed class JwtBearerTests
{
    private static readonly Dictionary<string, object> Platform = new() { ["platform_admin"] = "true" };

    [Fact]
    public async Task Tokens_of_the_issuer_carry_roles_and_organisation_and_forged_expired_or_foreign_tokens_are_refused()
    {
        await using var issuer = await OidcIssuer.StartAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(
            $"Security:Jwt:Authority={issuer.Authority}", "Security:Jwt:Audience=compliancehub", "Security:Jwt:RequireHttpsMetadata=false",
            "Security:Jwt:PlatformClaim=platform_admin", "Security:Jwt:PlatformClaimValue=true"));
        using var admin = DeadLetterApiTests.Client(host);
        var mine = await OrganizationApiTests.CreateOrganizationAsync(admin, "Mine");
        var theirs = await OrganizationApiTests.CreateOrganizationAsync(admin, "Theirs");

        // API keys still work beside tokens (admin above), and a token is scoped to its organisation.
        using var dpo = Bearer(host, issuer.CreateToken("dpo-7", "compliancehub", ["Dpo", "NotARole"], mine));
        Assert.Equal("Mine", (await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{mine}")).GetProperty("name").GetString());
        using (var hidden = await dpo.GetAsync($"/api/v1/organizations/{theirs}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var wrongRole = await dpo.GetAsync($"/api/v1/organizations/{mine}/api-keys"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        }

        // A token is a platform caller only with the configured platform claim.
        using var auditor = Bearer(host, issuer.CreateToken("auditor-1", "compliancehub", ["Auditor"], extraClaims: Platform));
        var verification = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verification.GetProperty("valid").GetBoolean());

        var forger = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "forged" };
        foreach (var refused in new[]
        {
            issuer.CreateToken("x", "compliancehub", ["Admin"], signingKey: forger),
            issuer.CreateToken("x", "someone-else", ["Admin"]),
            issuer.CreateToken("x", "compliancehub", ["Admin"], lifetime: TimeSpan.FromMinutes(-5)),
            "not.a.token",
            issuer.CreateToken("x", "compliancehub", ["Admin"]),
            issuer.CreateToken("x", "compliancehub", ["Admin"], extraClaims: new Dictionary<string, object> { ["platform_admin"] = "yes" }),
            issuer.CreateToken("x", "compliancehub", ["Admin"], mine, extraClaims: Platform),
        })
        {
            using var client = Bearer(host, refused);
            using var response = await client.GetAsync($"/api/v1/organizations/{mine}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task When_no_platform_claim_is_configured_a_token_without_an_organisation_is_refused_whatever_it_claims()
    {
        await using var issuer = await OidcIssuer.StartAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(
            $"Security:Jwt:Authority={issuer.Authority}", "Security:Jwt:Audience=compliancehub", "Security:Jwt:RequireHttpsMetadata=false"));
        using var admin = DeadLetterApiTests.Client(host);
        var mine = await OrganizationApiTests.CreateOrganizationAsync(admin, "Mine");

        foreach (var token in new[]
        {
            issuer.CreateToken("root", "compliancehub", ["Admin", "Auditor"]),
            issuer.CreateToken("root", "compliancehub", ["Admin", "Auditor"], extraClaims: Platform),
        })
        {
            using var global = Bearer(host, token);
            using var verify = await global.GetAsync("/api/v1/audit/verify");
            Assert.Equal(HttpStatusCode.Unauthorized, verify.StatusCode);
            using var organizations = await global.GetAsync("/api/v1/organizations");
            Assert.Equal(HttpStatusCode.Unauthorized, organizations.StatusCode);
        }

        // A token of an organisation keeps working.
        using var dpo = Bearer(host, issuer.CreateToken("dpo-7", "compliancehub", ["Dpo"], mine, extraClaims: Platform));
        Assert.Equal("Mine", (await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{mine}")).GetProperty("name").GetString());
    }

    private static HttpClient Bearer(ModuleTestHost host, string token)
    {
        var client = DeadLetterApiTests.Client(host);
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
