namespace HealthReview.Pdf.Typography;

/// <summary>A run of text in one style. A text element is a list of spans.</summary>
public sealed record TextSpan(string Content, TextStyle Style)
{
    public TextSpan(string content)
        : this(content, TextStyle.Default)
    {
    }
}
