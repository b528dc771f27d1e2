using HealthReview.Reporting.Html;

namespace HealthReview.Reporting.Tests.Html;

public sealed class HtmlTextTests
{
    [TestCase(null, "")]
    [TestCase("", "")]
    [TestCase("plain text, unchanged", "plain text, unchanged")]
    [TestCase("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [TestCase("Tom&Jerry\"'", "Tom&amp;Jerry&quot;&#39;")]
    [TestCase("</script>", "&lt;/script&gt;")]
    [TestCase("a\0b", "a\uFFFDb")]
    [TestCase("bell\u0007 and \u0085 next line", "bell\uFFFD and \uFFFD next line")]
    [TestCase("tab\tline\ncr\r", "tab\tline\ncr\r")]
    [TestCase("pair \uD83D\uDD12 kept", "pair \uD83D\uDD12 kept")]
    [TestCase("nonchar \uFFFE", "nonchar \uFFFD")]
    [TestCase("Setup → App Manager", "Setup → App Manager")]
    public void Escape_makes_a_value_safe_for_text_and_quoted_attributes(string? value, string expected) =>
        HtmlText.Escape(value).Should().Be(expected);

    [Test]
    public void Escape_replaces_a_lone_surrogate_and_keeps_a_pair()
    {
        // Built at run time: a lone surrogate does not survive in attribute metadata.
        HtmlText.Escape("a" + '\uD800' + "b" + '\uDC00').Should().Be("a\uFFFDb\uFFFD");
        HtmlText.Escape("\uD83D\uDD12").Should().Be("\uD83D\uDD12");
    }

    [Test]
    public void Escape_returns_the_same_instance_when_nothing_needs_escaping()
    {
        const string value = "Acme_Customer_Portal";
        HtmlText.Escape(value).Should().BeSameAs(value);
    }
}
