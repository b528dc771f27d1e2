using System.Globalization;
using System.Text;
using HealthReview.Core.Model;
using HealthReview.Engine.Rules;

namespace HealthReview.Cli;

/// <summary>The control catalogue as a Markdown table: the README's "What it checks" section is this, checked by a test.</summary>
public static class ControlTable
{
    public static string Render(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        text.Append("| id | passes when | applies to | CVSS range | range from |\n");
        text.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var rule in catalog.Rules)
        {
            var kinds = string.Join(", ", rule.AppliesTo.Select(Short));
            var ranges = rule.Risk
                .GroupBy(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value.Range.Min:0.0}–{r.Value.Range.Max:0.0}"))
                .Select(g => rule.Risk.Count > 1 && rule.Risk.Values.Select(v => v.Range).Distinct().Count() > 1
                    ? $"{string.Join("/", g.Select(x => Short(x.Key)))} {g.Key}"
                    : g.Key);
            var source = rule.RiskSource == "shr" ? "Salesforce Security Health Review" : "HealthReview";
            text.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {Cell(rule.Title)} | {kinds} | {string.Join("; ", ranges)} | {source} |\n");
        }

        return text.ToString();
    }

    private static string Short(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "ECA",
        AppKind.ConnectedApp => "CA",
        _ => "Org",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
