using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using static HealthReview.Reporting.Pdf.ReportBlocks;

namespace HealthReview.Reporting.Pdf;

/// <summary>A control's risk source, references (title and link) and compliance mappings, once per control in Appendix B.</summary>
internal static class ControlReferences
{
    public static Element Create(ReportModel model, RuleInfo rule)
    {
        var items = rule.References.Select(r => (Element)new KeepTogether(new Column(
        [
            new Text(r.Title, ReportTheme.Body),
            new Text(r.Url, ReportTheme.Small.WithColor(ReportTheme.Low)).LinkToUrl(r.Url),
        ]))).ToList();
        var source = rule.RiskSource switch
        {
            "shr" or "salesforce" => "Salesforce Security Health Review guidance",
            "ours" => "HealthReview's estimate",
            _ => rule.RiskSource,
        };
        items.Insert(0, Spans(Span("Risk range: ", ReportTheme.BodyBold), Span(rule.RiskSourceNote is { } note ? source + ". " + note : source, ReportTheme.Body)));
        if (rule.Compliance.Count > 0)
        {
            var mappings = string.Join("   ·   ", rule.Compliance.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Framework(c.Key) + ": " + string.Join(", ", c.Value)));
            items.Add(Spans(Span("Compliance mapping: ", ReportTheme.BodyBold), Span(mappings, ReportTheme.Body)));
        }

        var heading = new Text(
        [
            new HealthReview.Pdf.Typography.TextSpan(rule.Id + "   ", ReportTheme.H3),
            new HealthReview.Pdf.Typography.TextSpan(rule.Title, ReportTheme.H3.WithColor(ReportTheme.Ink).AsBold(false)),
        ]);
        return new PageAnchor(ReportModel.RuleAnchor(rule.Id), model.Pages, new KeepWithNext(heading, Bullets(items), 40, spacing: 4));
    }

    private static string Framework(string key) => key switch
    {
        "nist80053" => "NIST SP 800-53",
        "iso27001" => "ISO/IEC 27001",
        "soc2" => "SOC 2",
        "sbs" => "Security Benchmark for Salesforce",
        "cis" => "CIS",
        "owasp" => "OWASP",
        _ => key,
    };
}
