using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>One cell of a <see cref="Row"/>: its content and how wide it is.</summary>
public sealed record RowItem(Element Content, RowItemSizing Sizing, float Value)
{
    public static RowItem Constant(float width, Element content) => new(content, RowItemSizing.Constant, width);

    public static RowItem Relative(float weight, Element content) => new(content, RowItemSizing.Relative, weight);

    public static RowItem Relative(Element content) => new(content, RowItemSizing.Relative, 1);

    public static RowItem Auto(Element content) => new(content, RowItemSizing.Auto, 0);
}
