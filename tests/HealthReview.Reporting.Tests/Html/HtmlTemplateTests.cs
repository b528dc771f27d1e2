using HealthReview.Reporting.Html;

namespace HealthReview.Reporting.Tests.Html;

public sealed class HtmlTemplateTests
{
    [TestCase("../secrets")]
    [TestCase("..")]
    [TestCase("sub/findings")]
    [TestCase("sub\\findings")]
    [TestCase("c:findings")]
    [TestCase("")]
    public void Template_names_that_could_leave_the_templates_folder_are_refused(string name) =>
        FluentActions.Invoking(() => EmbeddedTemplateLoader.ResourceName(name)).Should().Throw<ArgumentException>();

    [TestCase("findings", "html/templates/findings.sbn")]
    [TestCase("summary.sbn", "html/templates/summary.sbn")]
    public void A_bare_template_name_maps_to_its_embedded_resource(string name, string resource) =>
        EmbeddedTemplateLoader.ResourceName(name).Should().Be(resource);

    [Test]
    public void The_page_template_inlines_its_partials_so_no_include_is_left_for_render_time()
    {
        var page = EmbeddedTemplateLoader.Assemble("report");
        page.Should().NotContain("include '");
        page.Should().Contain("id=\"findings-body\"").And.Contain("id=\"controls\"").And.Contain("class=\"matrix\"");
    }

    [Test]
    public void The_template_context_escapes_every_value_unless_it_is_markup_the_program_built()
    {
        var template = Scriban.Template.Parse("<p title=\"{{ a }}\">{{ a }}</p>{{ b }}");
        var context = new HtmlTemplateContext();
        var globals = new Scriban.Runtime.ScriptObject { ["a"] = "\"><b>x</b>", ["b"] = new RawHtml("<i>ok</i>") };
        context.PushGlobal(globals);
        template.Render(context).Should().Be("<p title=\"&quot;&gt;&lt;b&gt;x&lt;/b&gt;\">&quot;&gt;&lt;b&gt;x&lt;/b&gt;</p><i>ok</i>");
    }

    [Test]
    public void A_template_that_names_a_variable_that_does_not_exist_fails_instead_of_printing_nothing()
    {
        var template = Scriban.Template.Parse("{{ missing }}");
        var context = new HtmlTemplateContext();
        FluentActions.Invoking(() => template.Render(context)).Should().Throw<Scriban.Syntax.ScriptRuntimeException>();
    }
}
