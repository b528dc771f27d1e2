namespace HealthReview.Pdf.Layout;

/// <summary>
/// Content that can never be placed (for example a block taller than a page that cannot split).
/// Thrown instead of producing endless empty pages.
/// </summary>
public sealed class PdfLayoutException : Exception
{
    public PdfLayoutException()
    {
    }

    public PdfLayoutException(string message)
        : base(message)
    {
    }

    public PdfLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The element that could not be placed, when known.</summary>
    public Element? Element { get; init; }

    /// <summary>The 1-based page on which layout failed, when known.</summary>
    public int? PageNumber { get; init; }
}
