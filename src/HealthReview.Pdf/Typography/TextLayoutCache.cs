using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Typography;

/// <summary>
/// Line breaking is the costliest part of layout and Measure runs several times per page, so the
/// lines of each text at each width are kept for the whole render (both passes). Texts with the same
/// spans at the same width share one layout, since reports repeat the same paragraphs many times.
/// </summary>
internal sealed class TextLayoutCache(PdfFonts fonts)
{
    private readonly Dictionary<(Element Element, float Width), TextBlockLayout> layouts =
        new(new ElementWidthComparer());

    private readonly Dictionary<(SpansKey Spans, float Width), TextBlockLayout> byContent = [];

    public TextBlockLayout Get(Element element, IReadOnlyList<TextSpan> spans, float width)
    {
        if (!layouts.TryGetValue((element, width), out var layout))
        {
            var key = (new SpansKey(spans), width);
            if (!byContent.TryGetValue(key, out layout))
            {
                layout = TextLayoutEngine.Layout(spans, width, fonts);
                byContent.Add(key, layout);
            }

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

    /// <summary>The spans of a text compared by value: content and style of each span, in order.</summary>
    private readonly struct SpansKey(IReadOnlyList<TextSpan> spans) : IEquatable<SpansKey>
    {
        private readonly int hash = Hash(spans);

        public IReadOnlyList<TextSpan> Spans { get; } = spans;

        public bool Equals(SpansKey other)
        {
            if (hash != other.hash || Spans.Count != other.Spans.Count)
            {
                return false;
            }

            for (var i = 0; i < Spans.Count; i++)
            {
                if (!string.Equals(Spans[i].Content, other.Spans[i].Content, StringComparison.Ordinal) || Spans[i].Style != other.Spans[i].Style)
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is SpansKey other && Equals(other);

        public override int GetHashCode() => hash;

        private static int Hash(IReadOnlyList<TextSpan> spans)
        {
            var hash = new HashCode();
            foreach (var span in spans)
            {
                hash.Add(span.Content, StringComparer.Ordinal);
                hash.Add(span.Style);
            }

            return hash.ToHashCode();
        }
    }
}
