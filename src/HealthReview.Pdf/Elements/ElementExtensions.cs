using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Wrapping helpers that read inside-out: <c>new Text("x").Padding(4).Background(grey)</c> is text,
/// padded, on a grey background. Each call returns a new element; nothing is modified.
/// </summary>
public static class ElementExtensions
{
    public static Element Padding(this Element element, float all) => new Padding(Edges.All(all), element);

    public static Element Padding(this Element element, float horizontal, float vertical) =>
        new Padding(Edges.Symmetric(horizontal, vertical), element);

    public static Element Padding(this Element element, Edges edges) => new Padding(edges, element);

    public static Element Background(this Element element, SKColor color) => new Background(color, element);

    public static Element Border(this Element element, float thickness, SKColor color) =>
        new Border(Edges.All(thickness), color, element);

    public static Element Border(this Element element, Edges thickness, SKColor color) => new Border(thickness, color, element);

    public static Element KeepTogether(this Element element) => new KeepTogether(element);

    public static Element Destination(this Element element, string name) => new NamedDestination(name, element);

    public static Element LinkTo(this Element element, string destination) =>
        new Link(LinkTarget.ToDestination(destination), element);

    public static Element LinkToUrl(this Element element, string url) => new Link(LinkTarget.ToUrl(url), element);
}
