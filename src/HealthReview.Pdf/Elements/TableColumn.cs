namespace HealthReview.Pdf.Elements;

/// <summary>A table column: a fixed width in points, or a share of the width left after fixed columns.</summary>
public sealed record TableColumn
{
    private TableColumn(float constantWidth, float relativeWeight)
    {
        ConstantWidth = constantWidth;
        RelativeWeight = relativeWeight;
    }

    public float ConstantWidth { get; }

    public float RelativeWeight { get; }

    public static TableColumn Constant(float width) =>
        width > 0 ? new TableColumn(width, 0) : throw new ArgumentOutOfRangeException(nameof(width));

    public static TableColumn Relative(float weight = 1) =>
        weight > 0 ? new TableColumn(0, weight) : throw new ArgumentOutOfRangeException(nameof(weight));
}
