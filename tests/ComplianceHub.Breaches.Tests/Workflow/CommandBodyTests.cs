using System.Text;
using static ComplianceHub.Breaches.Tests.Workflow.BreachApi;

namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary>A command on a breach without a usable body is refused as a problem naming the body, never a 500.</summary>
public sealed class CommandBodyTests
{
    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in new[] { "assessment", "authority-notifications", "subject-communication", "controller-notification", "close" })
        {
            data.Add(action, "");
            data.Add(action, "null");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_without_a_body_is_refused_naming_the_body(string action, string body)
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE"]);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync($"/api/v1/breaches/{id}/{action}", content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{action} with body '{body}': {response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty("body", out _), text);
    }
}
