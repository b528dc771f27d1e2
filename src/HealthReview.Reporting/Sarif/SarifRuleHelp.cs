using System.Text;
using HealthReview.Core.Results;
using HealthReview.Reporting.Common;
using HealthReview.Reporting.Markdown;

namespace HealthReview.Reporting.Sarif;

/// <summary>
/// A rule's <c>help</c>: the recommended configuration, the risk, and per kind of app the Setup path and the exact
/// metadata change. Plain text and Markdown say the same thing.
/// </summary>
public static class SarifRuleHelp
{
    public static string Text(RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new StringBuilder();
        text.Append("Recommended: ").Append(rule.Recommended).Append("\n\n");
        text.Append("Security risk: ").Append(rule.SecurityRisk).Append('\n');
        foreach (var kind in rule.Kinds)
        {
            if (kind.Setup is null && kind.MetadataChange is null)
            {
                continue;
            }

            text.Append("\nRemediation (").Append(ReportText.KindLabel(kind.Kind)).Append("):\n");
            if (kind.Setup is { } setup)
            {
                text.Append("Setup: ").Append(setup).Append('\n');
            }

            if (kind.MetadataChange is { } change)
            {
                text.Append("Metadata change").Append(kind.MetadataFile is { } file ? " in " + file : string.Empty).Append(":\n");
                text.Append(change.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')).Append('\n');
            }
        }

        if (rule.References.Count > 0)
        {
            text.Append("\nReferences:\n");
            foreach (var reference in rule.References)
            {
                text.Append("- ").Append(reference.Title).Append(": ").Append(reference.Url).Append('\n');
            }
        }

        return ReportText.ValidUnicode(text.ToString().TrimEnd('\n'));
    }

    public static string Markdown(RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var md = new StringBuilder();
        md.Append("**Recommended:** ").Append(MarkdownText.Inline(rule.Recommended)).Append("\n\n");
        md.Append("**Security risk:** ").Append(MarkdownText.Inline(rule.SecurityRisk)).Append('\n');
        foreach (var kind in rule.Kinds)
        {
            if (kind.Setup is null && kind.MetadataChange is null)
            {
                continue;
            }

            md.Append("\n#### Remediation: ").Append(MarkdownText.Inline(ReportText.KindLabel(kind.Kind))).Append("\n\n");
            if (kind.Setup is { } setup)
            {
                md.Append("**Setup:** ").Append(MarkdownText.Inline(setup)).Append("\n\n");
            }

            if (kind.MetadataChange is { } change)
            {
                md.Append("**Metadata change**").Append(kind.MetadataFile is { } file ? " in " + MarkdownText.Inline(file) : string.Empty).Append(":\n\n");
                md.Append(MarkdownText.CodeBlock(change, "xml"));
            }
        }

        if (rule.References.Count > 0)
        {
            md.Append("\n**References:**\n\n");
            foreach (var reference in rule.References)
            {
                md.Append("- ").Append(MarkdownText.Link(reference.Title, reference.Url)).Append('\n');
            }
        }

        return md.ToString().TrimEnd('\n');
    }
}
