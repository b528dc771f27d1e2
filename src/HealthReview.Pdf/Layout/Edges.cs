namespace HealthReview.Pdf.Layout;

/// <summary>Four distances in points, used for margins, padding and border thickness.</summary>
public readonly record struct Edges(float Left, float Top, float Right, float Bottom)
{
    public static Edges All(float value) => new(value, value, value, value);

    public static Edges Symmetric(float horizontal, float vertical) => new(horizontal, vertical, horizontal, vertical);

    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;
}
