using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Typography;

/// <summary>
/// Line breaking is the costliest part of layout and Measure runs several times per page, so the
/// lines of each text at each width are kept for the whole render (both passes).
/// </summary>
internal sealed class TextLayoutCache(PdfFonts fonts)
{
    private readonly Dictionary<(Element Element, float Width), TextBlockLayout> layouts =
        new(new ElementWidthComparer());

    public TextBlockLayout Get(Element element, IReadOnlyList<TextSpan> spans, float width)
    {
        if (!layouts.TryGetValue((element, width), out var layout))
        {
            layout = TextLayoutEngine.Layout(spans, width, fonts);
            layouts.Add((element, width), layout);
        }

        return layout;
    }

    private sealed class ElementWidthComparer : IEqualityComparer<(Element Element, float Width)>
    {
        public bool Equals((Element Element, float Width) x, (Element Element, float Width) y) =>
            ReferenceEquals(x.Element, y.Element) && x.Width.Equals(y.Width);

        public int GetHashCode((Element Element, float Width) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Element), obj.Width);
    }
}
