namespace ComplianceHub.Notifications.Tests.Email;

public sealed class MailDropTests
{
    [Fact]
    public async Task By_default_an_email_is_written_as_a_parseable_eml_file_under_the_data_directory()
    {
        using var host = EmailChannelHost.Create(new Dictionary<string, string?>());
        var message = AlertEmails.For();

        var result = await host.Channel.SendAsync(message, CancellationToken.None);

        Assert.True(result.Delivered);
        var file = Assert.Single(System.IO.Directory.GetFiles(Path.Combine(host.DataDirectory, "mail")));
        Assert.Equal($"{message.DeliveryId:N}.eml", Path.GetFileName(file));
        var written = await MimeMessage.LoadAsync(file);
        Assert.Equal(result.ProviderMessageId, written.MessageId);
        Assert.Equal("[Critical] Breach reported: payroll export", written.Subject);
        Assert.Equal(message.Text, written.TextBody!.TrimEnd());
        Assert.Equal(message.Html, written.HtmlBody!.TrimEnd());
        Assert.Equal(message.AlertId.ToString(), written.Headers["X-ComplianceHub-Alert"]);
        Assert.Equal(host.Clock.GetUtcNow(), written.Date);
        if (!OperatingSystem.IsWindows())
        {
            // Alerts carry personal data: only the host's own user reads the file.
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task The_same_delivery_sent_twice_leaves_one_file()
    {
        using var host = EmailChannelHost.Create(new Dictionary<string, string?> { ["Mode"] = "File" });
        var message = AlertEmails.For();

        await host.Channel.SendAsync(message, CancellationToken.None);
        await host.Channel.SendAsync(message, CancellationToken.None);

        Assert.Single(System.IO.Directory.GetFiles(Path.Combine(host.DataDirectory, "mail")));
    }
}
