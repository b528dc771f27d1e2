using System.Diagnostics;

namespace HealthReview.Benchmarks;

/// <summary>Times variants after a warm-up: a full blocking GC before every pass, so no pass pays for another's garbage.</summary>
internal static class Stopwatches
{
    /// <summary>
    /// Warms every variant up once, then runs them in turn, one pass of each per round: a slow spell of the machine (a
    /// shared virtual machine has them) then lands on every variant of that round instead of all the passes of one.
    /// </summary>
    public static IReadOnlyList<VariantResult> MeasureInterleaved(IReadOnlyList<(string Name, Action Pass)> variants, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(variants);
        using var process = Process.GetCurrentProcess();
        foreach (var (_, pass) in variants)
        {
            Settle();
            pass();
        }

        var passes = variants.Select(_ => new List<PassResult>(repetitions)).ToArray();
        for (var i = 0; i < repetitions; i++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                Settle();
                process.Refresh();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = process.TotalProcessorTime;
                var pauseBefore = GC.GetTotalPauseDuration();
                var faultsBefore = PageFaults.Minor();
                var stopwatch = Stopwatch.StartNew();
                variants[v].Pass();
                stopwatch.Stop();
                process.Refresh();
                var cpu = process.TotalProcessorTime - cpuBefore;
                var pause = GC.GetTotalPauseDuration() - pauseBefore;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var faults = PageFaults.Minor() - faultsBefore;
                passes[v].Add(new PassResult(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, pause.TotalMilliseconds, allocated, faults));
            }
        }

        Settle();
        return [.. variants.Select((variant, v) => new VariantResult(variant.Name, passes[v]))];
    }

    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
