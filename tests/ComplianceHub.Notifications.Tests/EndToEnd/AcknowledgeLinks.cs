namespace ComplianceHub.Notifications.Tests.EndToEnd;

/// <summary>What a person does with an alert email: find the link, open it, press the button on the page.</summary>
internal static partial class AcknowledgeLinks
{
    /// <summary>The acknowledgement link in a text body (the only <c>/ack/</c> URL in it).</summary>
    public static Uri In(string text)
    {
        var match = Assert.Single(Link().Matches(text));
        return new Uri(match.Value);
    }

    /// <summary>GET the page, then POST its form to where the form says; returns the confirmation page.</summary>
    public static async Task<(HttpResponseMessage Page, HttpResponseMessage Confirmation)> FollowAsync(HttpClient browser, Uri link)
    {
        var page = await browser.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        var form = Form().Match(html);
        Assert.True(form.Success, $"No form on the acknowledgement page ({page.StatusCode}): {html}");
        var action = new Uri(link, System.Net.WebUtility.HtmlDecode(form.Groups["action"].Value));
        var confirmation = await browser.PostAsync(action, new FormUrlEncodedContent([]));
        return (page, confirmation);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/ack/[A-Za-z0-9_\-]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"<form\s+method=""post""\s+action=""(?<action>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Form();
}
