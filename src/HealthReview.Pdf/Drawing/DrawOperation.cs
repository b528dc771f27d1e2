using SkiaSharp;

namespace HealthReview.Pdf.Drawing;

/// <summary>One recorded drawing call in page coordinates; <see cref="Payload"/> holds the text, painter, name or link target.</summary>
internal readonly record struct DrawOperation(DrawOperationKind Kind, float X, float Y, float Width, float Height, SKColor Color, object? Payload, SKFont? Font);
