namespace ComplianceHub.Breaches.Tests.Authorities;

/// <summary>Lateness (Art. 33(1)), time zones and HTML safety of the rendered draft.</summary>
public sealed class DraftRenderingTests
{
    [Fact]
    public void A_draft_after_the_deadline_carries_a_reasons_for_delay_placeholder_and_says_Art_33_1_requires_them()
    {
        var facts = DraftFixtures.Complete();

        var draft = DraftFixtures.Compose(facts, now: facts.AuthorityDeadline.AddMinutes(1));

        Assert.True(draft.Late);
        Assert.False(string.IsNullOrWhiteSpace(draft.ReasonsForDelay));
        Assert.Contains("Art. 33(1)", draft.LateNotice, StringComparison.Ordinal);
        Assert.Contains("Reasons for the delay: " + draft.ReasonsForDelay, draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_at_the_deadline_is_not_late_and_has_no_reasons_for_delay()
    {
        var facts = DraftFixtures.Complete();

        var draft = DraftFixtures.Compose(facts, now: facts.AuthorityDeadline);

        Assert.False(draft.Late);
        Assert.Null(draft.ReasonsForDelay);
        Assert.DoesNotContain("Reasons for the delay", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_a_complete_document_and_encodes_every_user_supplied_value()
    {
        var facts = DraftFixtures.Complete() with
        {
            Title = "<script>alert('t')</script>",
            Description = "a & b <img src=x onerror=alert(1)>",
            OrganizationName = "\"Quoted\" <Org>",
            DataCategories = ["<b>bold</b>"],
            ContactPoint = new ContactPoint { Name = "<i>dpo</i>", Email = "x@example.org\"><script>" },
            LikelyConsequences = "</dd><script>c</script>",
            MeasuresTaken = "<iframe>",
        };

        var html = DraftFixtures.Compose(facts).Html;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Org>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_keeps_names_in_other_scripts_readable_and_encodes_their_quotes()
    {
        var html = DraftFixtures.Compose(DraftFixtures.Complete()).Html;

        Assert.Contains("Commission Nationale de l&#39;Informatique et des Libertés", html, StringComparison.Ordinal);
        Assert.Contains("+49 30 1234567", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_shows_the_deadline_in_the_display_time_zone_with_its_offset()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete());

        // Aware 23 Nov 14:05 UTC + 72 h = 26 Nov 14:05 UTC = 15:05 in Berlin (CET, UTC+1).
        Assert.Contains("2026-11-26T15:05:00+01:00 (Europe/Berlin)", draft.Text, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, draft.AuthorityDeadline.Offset);
    }

    [Fact]
    public void In_summer_the_same_zone_shows_the_summer_offset()
    {
        var awareAt = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
        var facts = DraftFixtures.Complete() with { DetectedAt = awareAt, AwareAt = awareAt, AuthorityDeadline = awareAt.AddHours(72) };

        var draft = DraftFixtures.Compose(facts);

        Assert.Contains("2026-07-04T10:00:00+02:00 (Europe/Berlin)", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_display_time_zone_times_are_shown_in_UTC()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete() with { DisplayTimeZone = null });

        Assert.Equal("UTC", draft.DisplayTimeZone);
        Assert.Contains("2026-11-26T14:05:00+00:00 (UTC)", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => DraftFixtures.Compose(DraftFixtures.Complete() with { DisplayTimeZone = "Mars/Olympus" }));

        Assert.Equal("DisplayTimeZone", error.ParamName);
        Assert.False(DisplayTime.IsKnown("Mars/Olympus"));
        Assert.True(DisplayTime.IsKnown("America/New_York"));
    }
}
