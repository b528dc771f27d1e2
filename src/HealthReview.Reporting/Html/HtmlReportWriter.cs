using System.Text;
using HealthReview.Core.Results;
using Scriban;
using Scriban.Runtime;

namespace HealthReview.Reporting.Html;

/// <summary>
/// report.html: one self-contained page (inline CSS, a little script, inline SVG charts) that loads nothing, works from
/// file:// and as a mail attachment, and whose Content-Security-Policy allows only its own style and script by hash.
/// Every value from the export is escaped by the template context; the same result gives the same bytes.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Template page;
    private readonly string style;
    private readonly string script;

    /// <summary>
    /// Findings printed as table rows; the script adds the others from the page's data after it has loaded, so a report
    /// of 10,000 findings opens as fast as one of a few hundred (and the first rows, the worst ones, need no script).
    /// </summary>
    public const int DefaultPrintedRows = 300;

    private readonly int printedRows;

    public HtmlReportWriter()
        : this(DefaultPrintedRows)
    {
    }

    internal HtmlReportWriter(int printedRows)
    {
        this.printedRows = printedRows;
        page = Template.Parse(EmbeddedTemplateLoader.Assemble("report"), "report.sbn");
        if (page.HasErrors)
        {
            throw new InvalidOperationException($"The HTML report template does not parse: {string.Join("; ", page.Messages)}");
        }

        style = EmbeddedTemplateLoader.Read("html/assets/report.css");
        script = EmbeddedTemplateLoader.Read("html/assets/report.js");
    }

    public string Format => "html";

    public string FileName => "report.html";

    public void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var view = ReportViewBuilder.Build(result, style, script, printedRows);
        var globals = new ScriptObject();
        globals.SetValue("r", view, readOnly: true);
        var context = new HtmlTemplateContext();
        context.PushGlobal(globals);
        using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        context.PushOutput(new TextWriterOutput(writer));
        page.Render(context);
        writer.Flush();
    }
}
