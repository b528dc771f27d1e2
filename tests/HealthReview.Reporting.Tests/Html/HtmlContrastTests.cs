using System.Globalization;
using System.Text.RegularExpressions;
using HealthReview.Reporting.Html;

namespace HealthReview.Reporting.Tests.Html;

/// <summary>The stylesheet's text and background pairs meet WCAG 2 AA (4.5:1 for text).</summary>
public sealed partial class HtmlContrastTests
{
    private static readonly IReadOnlyDictionary<string, string> Colours = Variables(EmbeddedTemplateLoader.Read("html/assets/report.css"));

    private static readonly string[][] Pairs =
    [
        ["#ffffff", "--sev-critical"], ["#ffffff", "--sev-high"], ["#ffffff", "--sev-medium"], ["#ffffff", "--sev-low"],
        ["--sev-none", "#ffffff"],
        ["--st-pass", "#ffffff"], ["--st-fail", "#ffffff"], ["--st-waived", "#ffffff"], ["--st-ne", "#ffffff"], ["--st-na", "#ffffff"],
        ["--st-pass", "--st-pass-bg"], ["--st-fail", "--st-fail-bg"], ["--st-waived", "--st-waived-bg"], ["--st-ne", "--st-ne-bg"], ["--st-na", "--st-na-bg"],
        ["--st-pass", "#ebf7ef"], ["--st-fail", "#fdf0ef"],
        ["--grade-excellent", "#ffffff"], ["--grade-very-good", "#ffffff"], ["--grade-good", "#ffffff"], ["--grade-poor", "#ffffff"], ["--grade-very-poor", "#ffffff"], ["--grade-none", "#ffffff"],
        ["--ink", "--bg"], ["--muted", "--bg"], ["--muted", "#ffffff"], ["--muted", "#f7f8fb"], ["--muted", "#f1f3f6"], ["--accent", "#ffffff"], ["--ink", "--accent-soft"],
        ["--top-ink", "--top"], ["--top-muted", "--top"],
        ["#6e4500", "#fff4d6"], ["#173c9c", "--accent-soft"], ["#e6edf7", "#0f1b33"],
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        Pairs.Select(p => new TestCaseData(p[0], p[1]).SetName($"Text {p[0]} on {p[1]} has a contrast of at least 4.5 to 1"));

    [TestCaseSource(nameof(Cases))]
    public void Text_colour_pairs_meet_WCAG_AA(string foreground, string background) =>
        Contrast(Resolve(foreground), Resolve(background)).Should().BeGreaterThanOrEqualTo(4.5);

    private static string Resolve(string colour) => colour.StartsWith("--", StringComparison.Ordinal) ? Colours[colour] : colour;

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    private static Dictionary<string, string> Variables(string css) =>
        Variable().Matches(css).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.ToLowerInvariant());

    [GeneratedRegex(@"(?<name>--[a-z-]+):\s*(?<value>#[0-9a-fA-F]{6});")]
    private static partial Regex Variable();
}
