using System.Globalization;
using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>Fixed empty vertical space, e.g. on a cover page. Drawn once; never split.</summary>
public sealed class Spacer(float height) : Element
{
    public float Height { get; } = height >= 0 ? height : throw new ArgumentOutOfRangeException(nameof(height));

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return SpacePlan.Empty;
        }

        return Height <= space.Height + Size.Epsilon
            ? SpacePlan.FullRender(0, Height)
            : SpacePlan.Wrap(this, string.Create(CultureInfo.InvariantCulture, $"it needs {Height:0.##}pt but {space.Height:0.##}pt is available"));
    }

    public override void Draw(LayoutContext context, AvailableSpace space) => context.SetProgress(this, true);

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"Spacer {Height:0.##}pt");
}
