using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Shared.Tests.Http;

/// <summary>
/// The host's binding problems for the parameter kinds no module endpoint binds today (an unconstrained typed route
/// value, an enum or date query value, a renamed query parameter, a header): the field as the caller wrote it, no value.
/// </summary>
public sealed class BindingProblemTests
{
    public enum ProbeKind
    {
        Initial,
        Follow,
    }

    [Theory]
    [InlineData("/probe/jane.doe@example.eu", null, "id", "GUID")]
    [InlineData("/probe/3fa85f64-5717-4562-b3fc-2c963f66afa6?kind=jane.doe", null, "kind", "Initial, Follow")]
    [InlineData("/probe/3fa85f64-5717-4562-b3fc-2c963f66afa6?on=2026-02-30", null, "on", "date")]
    [InlineData("/probe/3fa85f64-5717-4562-b3fc-2c963f66afa6", "jane.doe", "X-Count", "whole number")]
    public async Task Should_name_the_route_query_or_header_value_that_cannot_be_bound(string path, string? header, string field, string expected)
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (header is not null)
        {
            request.Headers.Add("X-Count", header);
        }

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), text);
        Assert.Contains(expected, messages[0].GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _), text);
        Assert.DoesNotContain("jane.doe", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_bind_good_values_unchanged()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/probe/3fa85f64-5717-4562-b3fc-2c963f66afa6?kind=Follow&on=2026-03-05");
        request.Headers.Add("X-Count", "3");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3fa85f64-5717-4562-b3fc-2c963f66afa6 Follow 2026-03-05 3", await response.Content.ReadAsStringAsync());
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={Directory.CreateTempSubdirectory("ch-binding-").FullName}",
            "--Security:BootstrapAdminKey=unit-test-admin-key-0123456789abcdef",
            "--Database:MigrateOnStartup=false",
            "--Urls=http://127.0.0.1:0",
        ]);
        builder.AddPlatformModules();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapPlatformEndpoints();
        app.MapGet("/probe/{id}", (Guid id, ProbeKind? kind, [FromQuery(Name = "on")] DateOnly? day, [FromHeader(Name = "X-Count")] int? count) =>
            TypedResults.Text(FormattableString.Invariant($"{id} {kind} {day:yyyy-MM-dd} {count}"))).AllowAnonymous();
        await app.StartAsync();
        return app;
    }
}
