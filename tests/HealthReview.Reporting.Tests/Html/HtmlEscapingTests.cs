using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HealthReview.Reporting.Html;
using HealthReview.Reporting.Tests.Html.Support;

namespace HealthReview.Reporting.Tests.Html;

public sealed class HtmlEscapingTests
{
    private static readonly string[] Inert = ["html", "head", "meta", "title", "link", "style", "body", "script"];

    private string html = null!;
    private IHtmlDocument document = null!;

    [OneTimeSetUp]
    public void Render()
    {
        html = HtmlRendering.Html(HostileResults.Build());
        document = HtmlRendering.Parse(html);
    }

    [OneTimeTearDown]
    public void Dispose() => document.Dispose();

    [Test]
    public void The_page_has_exactly_its_own_style_and_script_and_no_element_that_loads_or_runs_anything()
    {
        var scripts = document.QuerySelectorAll("script");
        scripts.Should().HaveCount(2);
        scripts[0].GetAttribute("type").Should().Be("application/json", "the findings' data is a data block, never run");
        scripts[1].HasAttribute("type").Should().BeFalse();
        scripts[1].TextContent.Should().Be(EmbeddedTemplateLoader.Read("html/assets/report.js"));
        document.QuerySelectorAll("style").Should().ContainSingle();
        document.QuerySelectorAll("img, iframe, object, embed, frame, base, form, input[type=image], audio, video, source, foreignObject")
            .Should().BeEmpty();
        document.QuerySelectorAll("link").Should().ContainSingle().Which.GetAttribute("href").Should().Be("data:,");
    }

    [Test]
    public void No_element_has_an_event_handler_or_style_attribute()
    {
        var offending = document.All
            .SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, a.Name)))
            .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style")
            .ToList();
        offending.Should().BeEmpty();
    }

    [Test]
    public void Every_link_is_a_same_page_anchor_or_an_http_reference_never_a_javascript_or_data_url()
    {
        foreach (var element in document.QuerySelectorAll("[href], [src], [action], [formaction], [xlink\\:href]"))
        {
            var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? string.Empty;
            (value.StartsWith('#') || value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal) || value == "data:,")
                .Should().BeTrue($"'{value}' on <{element.LocalName}> must be inert");
        }

        document.QuerySelectorAll("svg").Should().OnlyContain(s => s.ClassList.Contains("gauge") || s.ClassList.Contains("chart") || s.ClassList.Contains("donut"));
    }

    [Test]
    public void Each_hostile_string_is_shown_as_the_text_it_is_or_kept_as_data_for_the_details()
    {
        var text = document.Body!.TextContent;
        var data = new ReportData(document).Strings;
        foreach (var payload in HostileResults.All)
        {
            (text.Contains(payload, StringComparison.Ordinal) || data.Any(d => d.Contains(payload, StringComparison.Ordinal))).Should().BeTrue(payload);
        }

        text.Should().Contain(HostileResults.ImgTag).And.Contain(HostileResults.ScriptTag).And.Contain(HostileResults.Quotes);

        document.QuerySelectorAll(".app-name").Select(e => e.TextContent).Should().Contain(HostileResults.Quotes).And.Contain(HostileResults.ImgTag).And.Contain(HostileResults.AttributeBreak);
        document.QuerySelectorAll("#apps .sub").Select(e => e.TextContent).Should().Contain(HostileResults.ImgTag).And.Contain(HostileResults.ScriptTag);
    }

    [Test]
    public void Hostile_values_in_attributes_stay_inside_their_attribute()
    {
        var options = document.QuerySelectorAll("#f-app option").Select(o => o.TextContent).ToList();
        options.Should().Contain($"{HostileResults.Quotes} (ECA)").And.Contain($"{HostileResults.AttributeBreak} (ECA)");
        document.QuerySelector(".top-scope")!.GetAttribute("title").Should().Be($"Scanned: {HostileResults.AttributeBreak}, {HostileResults.ScriptClose}");
        document.QuerySelectorAll("#findings-body > tr").Should().HaveCount(6);
        document.QuerySelectorAll("a.cell").Select(c => c.GetAttribute("aria-label")).Should().Contain(l => l!.Contains(HostileResults.ImgTag, StringComparison.Ordinal));
    }

    [Test]
    public void A_reference_with_a_javascript_or_data_url_is_printed_as_text_not_linked()
    {
        var refs = document.QuerySelectorAll(".refs li");
        refs.Should().HaveCount(2 + 1);
        document.QuerySelectorAll(".refs a").Should().ContainSingle().Which.GetAttribute("href").Should().StartWith("https://");
        refs[0].TextContent.Should().Contain(HostileResults.JavascriptUrl);
    }

    [Test]
    public void The_raw_markup_never_contains_a_hostile_string_unescaped()
    {
        foreach (var payload in HostileResults.All.Where(p => p.IndexOfAny(['<', '>', '"', '\'', '&']) >= 0))
        {
            html.Should().NotContain(payload);
        }

        html.Should().NotContain("<img").And.NotContain("<svg onload").And.NotContain("alert(2)</script>");
    }

    [Test]
    public void The_data_block_cannot_close_its_script_element_and_the_script_never_turns_data_into_markup()
    {
        var raw = new ReportData(document).Raw;
        raw.Should().NotContain("<").And.NotContain(">").And.NotContain("&");
        html.Should().Contain("\\u003Cscript\\u003Ealert(2)\\u003C/script\\u003E");
        var script = document.QuerySelector("script:not([type])")!.TextContent;
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(", "setAttribute('on", "javascript:" })
        {
            script.Should().NotContain(sink);
        }
    }

    [Test]
    public void Template_syntax_in_data_is_printed_not_evaluated()
    {
        document.Body!.TextContent.Should().Contain("{{ r.title }}");
    }

    [Test]
    public void The_content_security_policy_forbids_everything_but_the_pages_own_style_and_script()
    {
        var meta = document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!;
        var policy = meta.GetAttribute("content")!;
        var style = document.QuerySelector("style")!.TextContent;
        var script = document.QuerySelector("script:not([type])")!.TextContent;
        policy.Should().Be($"default-src 'none'; style-src '{ContentSecurityPolicy.Hash(style)}'; script-src '{ContentSecurityPolicy.Hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'");
        policy.Should().NotContain("unsafe-inline");
        meta.ParentElement!.LocalName.Should().Be("head");
        meta.PreviousElementSibling!.GetAttribute("charset").Should().Be("utf-8", "the policy comes before any style or script");
        document.Head!.Children.Where(e => !Inert.Contains(e.LocalName)).Should().BeEmpty();
    }
}
