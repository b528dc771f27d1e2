namespace HealthReview.Pdf.Elements;

/// <summary>How a row item's width is chosen.</summary>
public enum RowItemSizing
{
    /// <summary>A fixed width in points.</summary>
    Constant,

    /// <summary>A share of the width left after constant and auto items.</summary>
    Relative,

    /// <summary>As wide as the content needs (measured with the width left after constant items).</summary>
    Auto,
}
