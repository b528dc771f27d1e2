namespace HealthReview.Pdf.Layout;

/// <summary>
/// The answer of <see cref="Element.Measure"/>: a kind and the size the element would occupy.
/// A wrap names the element that could not be placed, so a layout error can say which one.
/// </summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height, Element? Culprit, string? Reason)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0, null, null);

    public static SpacePlan Wrap(Element culprit, string reason) => new(SpacePlanKind.Wrap, 0, 0, culprit, reason);

    public static SpacePlan PartialRender(float width, float height) => new(SpacePlanKind.PartialRender, width, height, null, null);

    public static SpacePlan FullRender(float width, float height) => new(SpacePlanKind.FullRender, width, height, null, null);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    /// <summary>True when nothing of the element remains for later pages after drawing this plan.</summary>
    public bool Completes => Kind is SpacePlanKind.Empty or SpacePlanKind.FullRender;

    public Size Size => new(Width, Height);

    /// <summary>The same kind with another size, for containers that add padding or borders around a child.</summary>
    public SpacePlan Resize(float width, float height) => this with { Width = width, Height = height };

    public override string ToString() => Kind == SpacePlanKind.Wrap
        ? $"Wrap ({Culprit?.Describe()}: {Reason})"
        : FormattableString.Invariant($"{Kind} {Width:0.##} x {Height:0.##}");
}
