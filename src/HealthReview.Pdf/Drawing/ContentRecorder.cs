using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Drawing;

/// <summary>
/// Keeps the drawing of one page's content, in page coordinates, so the writing pass can replay it instead of laying
/// the content out a second time. Only the header and footer need the page total, and they are drawn afresh.
/// </summary>
internal sealed class ContentRecorder : IDrawingCanvas
{
    private readonly List<DrawOperation> operations = [];
    private float offsetX;
    private float offsetY;

    public IReadOnlyList<DrawOperation> Operations => operations;

    public void Translate(float dx, float dy)
    {
        offsetX += dx;
        offsetY += dy;
    }

    public void DrawText(string text, float x, float baseline, SKFont font, SKColor color) =>
        operations.Add(new DrawOperation(DrawOperationKind.Text, offsetX + x, offsetY + baseline, 0, 0, color, text, font));

    public void FillRectangle(SKRect rectangle, SKColor color) =>
        operations.Add(new DrawOperation(DrawOperationKind.Rectangle, offsetX + rectangle.Left, offsetY + rectangle.Top, rectangle.Width, rectangle.Height, color, null, null));

    public void DrawVector(Size size, VectorPainter painter) =>
        operations.Add(new DrawOperation(DrawOperationKind.Vector, offsetX, offsetY, size.Width, size.Height, default, painter, null));

    public void AddNamedDestination(string name, SKPoint point) =>
        operations.Add(new DrawOperation(DrawOperationKind.Destination, offsetX + point.X, offsetY + point.Y, 0, 0, default, name, null));

    public void AddLink(SKRect rectangle, LinkTarget target) =>
        operations.Add(new DrawOperation(DrawOperationKind.Link, offsetX + rectangle.Left, offsetY + rectangle.Top, rectangle.Width, rectangle.Height, default, target, null));

    /// <summary>Draws the recorded operations onto <paramref name="canvas"/>, whose origin is the page's top-left corner.</summary>
    public static void Replay(IReadOnlyList<DrawOperation> operations, IDrawingCanvas canvas)
    {
        foreach (var op in operations)
        {
            switch (op.Kind)
            {
                case DrawOperationKind.Text:
                    canvas.DrawText((string)op.Payload!, op.X, op.Y, op.Font!, op.Color);
                    break;
                case DrawOperationKind.Rectangle:
                    canvas.FillRectangle(SKRect.Create(op.X, op.Y, op.Width, op.Height), op.Color);
                    break;
                case DrawOperationKind.Vector:
                    canvas.Translate(op.X, op.Y);
                    canvas.DrawVector(new Size(op.Width, op.Height), (VectorPainter)op.Payload!);
                    canvas.Translate(-op.X, -op.Y);
                    break;
                case DrawOperationKind.Destination:
                    canvas.AddNamedDestination((string)op.Payload!, new SKPoint(op.X, op.Y));
                    break;
                default:
                    canvas.AddLink(SKRect.Create(op.X, op.Y, op.Width, op.Height), (LinkTarget)op.Payload!);
                    break;
            }
        }
    }
}
