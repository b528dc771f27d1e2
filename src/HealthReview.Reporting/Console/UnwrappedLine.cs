using Spectre.Console;
using Spectre.Console.Rendering;

namespace HealthReview.Reporting.Console;

/// <summary>
/// A line of text that is never wrapped at the console width, so that a problem line stays whole: one line per problem,
/// found by grep in a CI log and opened by an editor as <c>path:line:column</c>.
/// </summary>
internal sealed class UnwrappedLine : IRenderable
{
    private readonly string text;
    private readonly Style style;

    public UnwrappedLine(string text, Style style)
    {
        this.text = text;
        this.style = style;
    }

    public Measurement Measure(RenderOptions options, int maxWidth) => new(text.Length, text.Length);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text, style), Segment.LineBreak];
}
