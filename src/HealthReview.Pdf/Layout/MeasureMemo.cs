namespace HealthReview.Pdf.Layout;

/// <summary>
/// One element's answers to Measure on the current page, by width and page-top flag. An answer found with height
/// <c>H</c> that took <c>h</c> holds for any height between <c>h</c> and <c>H</c> (and a complete one for any height
/// from <c>h</c> up, a wrap for any height up to <c>H</c>): the same content fits. Parents re-plan before drawing with
/// the heights their children measured, so those re-plans are answered from here, and agree with the first plan.
/// </summary>
internal sealed class MeasureMemo
{
    private const int Capacity = 4;
    private readonly Entry[] entries = new Entry[Capacity];
    private int count;
    private int next;

    public bool TryGet(AvailableSpace space, out SpacePlan plan)
    {
        for (var i = 0; i < count; i++)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Width != space.Width || entry.IsPageTop != space.IsPageTop)
            {
                continue;
            }

            var height = space.Height;
            var holds = entry.Plan.Kind switch
            {
                SpacePlanKind.Empty => true,
                SpacePlanKind.Wrap => height <= entry.Height + Size.Epsilon,
                SpacePlanKind.FullRender => height >= entry.Plan.Height - Size.Epsilon,
                _ => height >= entry.Plan.Height - Size.Epsilon && height <= entry.Height + Size.Epsilon,
            };
            if (holds)
            {
                plan = entry.Plan;
                return true;
            }
        }

        plan = default;
        return false;
    }

    public void Add(AvailableSpace space, SpacePlan plan)
    {
        for (var i = 0; i < count; i++)
        {
            if (entries[i].Width == space.Width && entries[i].IsPageTop == space.IsPageTop)
            {
                entries[i] = new Entry(space.Width, space.Height, space.IsPageTop, plan);
                return;
            }
        }

        entries[count < Capacity ? count++ : next++ % Capacity] = new Entry(space.Width, space.Height, space.IsPageTop, plan);
    }

    private readonly record struct Entry(float Width, float Height, bool IsPageTop, SpacePlan Plan);
}
