using SkiaSharp;

namespace HealthReview.Pdf.Typography;

/// <summary>How a span of text looks. Sizes in points; <see cref="LineHeight"/> is a multiple of the size.</summary>
public sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    public float Size { get; init; } = 10;

    public bool Bold { get; init; }

    public SKColor Color { get; init; } = SKColors.Black;

    public float LineHeight { get; init; } = 1.25f;

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle AsBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle WithLineHeight(float lineHeight) => this with { LineHeight = lineHeight };
}
