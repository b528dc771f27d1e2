namespace HealthReview.Pdf.Layout;

/// <summary>What an element can do with the space it was offered.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw; takes no space.</summary>
    Empty,

    /// <summary>Cannot draw anything useful here; the parent should try on the next page.</summary>
    Wrap,

    /// <summary>Draws part of its content; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>Draws all its remaining content.</summary>
    FullRender,
}
