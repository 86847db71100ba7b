namespace ComplianceHub.Notifications.Tests.Sms;

public sealed class SmsBodyTests
{
    [Fact]
    public void Values_with_quotes_newlines_and_placeholders_stay_inside_their_json_strings()
    {
        const string text = "He said \"stop\"\nthen {to} and \\ left";

        var body = SmsBody.Render(SmsOptions.DefaultBodyTemplate, "+33612345678", "Hub", text, "ref-1");

        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("+33612345678", json.GetProperty("to").GetString());
        Assert.Equal(text, json.GetProperty("text").GetString());
        Assert.Equal("Hub", json.GetProperty("from").GetString());
        Assert.Equal("ref-1", json.GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData("""{"to":{to},"text":"{text}"}""")]
    [InlineData("""{"text":"{text}"}""")]
    [InlineData("to={to}&text={text}")]
    public void A_template_that_cannot_give_valid_json_for_the_recipient_and_text_is_named(string template)
    {
        var error = SmsBody.TemplateError("Modules:Notifications:Sms:BodyTemplate", template);

        Assert.NotNull(error);
        Assert.StartsWith("Modules:Notifications:Sms:BodyTemplate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_with_placeholders_inside_strings_is_accepted()
    {
        Assert.Null(SmsBody.TemplateError("k", """{"message":{"recipient":"{to}","body":"{text}"},"ref":"{id}"}"""));
    }
}
