using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Documents;

/// <summary>
/// Page geometry and PDF metadata. Dates are passed in (never read from the clock) so the same
/// input always gives the same bytes.
/// </summary>
public sealed record PdfDocumentSettings
{
    public PageSize PageSize { get; init; } = PageSize.A4;

    public Edges Margins { get; init; } = Edges.All(40);

    /// <summary>Space between the header and the content, and between the content and the footer.</summary>
    public float HeaderFooterSpacing { get; init; } = 8;

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Creator { get; init; }

    public string? Producer { get; init; } = "HealthReview";

    public required DateTimeOffset CreationDate { get; init; }

    /// <summary>Defaults to <see cref="CreationDate"/>.</summary>
    public DateTimeOffset? ModifiedDate { get; init; }

    /// <summary>A guard against runaway layouts; reaching it is a layout error.</summary>
    public int MaxPages { get; init; } = 20_000;
}
