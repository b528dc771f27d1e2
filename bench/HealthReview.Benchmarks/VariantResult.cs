namespace HealthReview.Benchmarks;

/// <summary>The timed passes of one variant (after its warm-up), summarised by the median.</summary>
internal sealed record VariantResult(string Name, IReadOnlyList<PassResult> Passes)
{
    public double MedianMilliseconds => Median(Passes.Select(p => p.Milliseconds));

    public double MinMilliseconds => Passes.Min(p => p.Milliseconds);

    public double MaxMilliseconds => Passes.Max(p => p.Milliseconds);

    public double MedianCpuMilliseconds => Median(Passes.Select(p => p.CpuMilliseconds));

    public double MedianGcPauseMilliseconds => Median(Passes.Select(p => p.GcPauseMilliseconds));

    public double MedianAllocatedBytes => Median(Passes.Select(p => (double)p.AllocatedBytes));

    public double MedianMinorFaults => Median(Passes.Select(p => (double)p.MinorFaults));

    /// <summary>
    /// The median of this variant's time over <paramref name="baseline"/>'s, pass by pass: each pair ran in the same round,
    /// so the ratio does not depend on how fast the machine was in that round.
    /// </summary>
    public double MedianRatioTo(VariantResult baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return Median(Passes.Zip(baseline.Passes, (mine, theirs) => mine.Milliseconds / theirs.Milliseconds));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
