using HealthReview.Reporting.Markdown;

namespace HealthReview.Reporting.Tests.Markdown;

public sealed class MarkdownTextTests
{
    [TestCase("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [TestCase("a|b", "a\\|b")]
    [TestCase("`code`", "\\`code\\`")]
    [TestCase("*bold* _it_", "\\*bold\\* \\_it\\_")]
    [TestCase("[link](http://x)", "\\[link\\](http://x)")]
    [TestCase("![img](http://x)", "\\!\\[img\\](http://x)")]
    [TestCase("A & B", "A &amp; B")]
    [TestCase("&lt;", "&amp;lt;")]
    [TestCase("back\\slash", "back\\\\slash")]
    [TestCase("# heading", "\\# heading")]
    [TestCase("~~strike~~ $x$", "\\~\\~strike\\~\\~ \\$x\\$")]
    [TestCase("line\r\nbreak\ttab", "line  break tab")]
    [TestCase("bell\u0007", "bell")]
    [TestCase("Acme_Data_Sync", "Acme\\_Data\\_Sync")]
    [TestCase("ünïcödé → ok", "ünïcödé → ok")]
    public void Inline_text_renders_as_itself(string text, string escaped) => MarkdownText.Inline(text).Should().Be(escaped);

    [TestCase("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [TestCase("a|b `c` *d* _e_ [f]", "a&#124;b &#96;c&#96; &#42;d&#42; &#95;e&#95; &#91;f&#93;")]
    [TestCase("\"q\" & \\", "&quot;q&quot; &amp; &#92;")]
    [TestCase("two\nlines", "two lines")]
    public void Html_text_uses_character_references(string text, string escaped) => MarkdownText.Html(text).Should().Be(escaped);

    [Test]
    public void Links_only_to_http_urls()
    {
        MarkdownText.Link("RFC [7636]", "https://www.rfc-editor.org/rfc/rfc7636").Should().Be("[RFC \\[7636\\]](https://www.rfc-editor.org/rfc/rfc7636)");
        MarkdownText.Link("x", "https://example.com/a(b)").Should().Be("[x](https://example.com/a%28b%29)");
        MarkdownText.Link("evil", "javascript:alert(1)").Should().Be("evil (javascript:alert(1))");
        MarkdownText.Link("no url", null).Should().Be("no url");
    }

    [Test]
    public void A_code_block_fence_is_longer_than_any_backticks_inside()
    {
        MarkdownText.CodeBlock("<a>1</a>\r\n", "xml").Should().Be("```xml\n<a>1</a>\n```\n");
        MarkdownText.CodeBlock("x ``` y ```` z", "xml").Should().Be("`````xml\nx ``` y ```` z\n`````\n");
    }
}
