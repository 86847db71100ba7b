namespace ComplianceHub.Security.Tests.Host;

/// <summary>The shape every binding failure answers: 400, problem+json, one error naming the field, no echoed value.</summary>
internal static class BindingProblem
{
    public static async Task<JsonElement> AssertNamesAsync(HttpResponseMessage response, string field, string forbidden)
    {
        var text = await response.Content.ReadAsStringAsync();
        var request = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{request}: {response.StatusCode} {text}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{request}: {response.Content.Headers.ContentType} {text}");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"{request}: expected errors.{field} in {text}");
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        return problem;
    }
}
