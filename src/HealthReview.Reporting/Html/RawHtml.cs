namespace HealthReview.Reporting.Html;

/// <summary>
/// Markup this program built itself (an SVG chart, the stylesheet), written to the page unescaped. Nothing from an
/// export may reach a <see cref="RawHtml"/> without going through <see cref="HtmlText.Escape"/> first.
/// </summary>
internal sealed record RawHtml(string Value)
{
    public static RawHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Value;
}
