using System.Globalization;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// The page each section starts on. The renderer lays the document out twice (counting pages, then writing), so the
/// contents page, drawn before the sections in the second pass, reads the pages recorded in the first.
/// </summary>
public sealed class PageNumberRegistry
{
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);

    public void Record(string anchor, int page) => pages[anchor] = page;

    public int? PageOf(string anchor) => pages.TryGetValue(anchor, out var page) ? page : null;

    public string Label(string anchor) => PageOf(anchor)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
