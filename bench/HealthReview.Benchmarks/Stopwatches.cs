using System.Diagnostics;

namespace HealthReview.Benchmarks;

/// <summary>Runs a variant once to warm up, then times it: a full blocking GC before every pass, so no pass pays for another's garbage.</summary>
internal static class Stopwatches
{
    public static VariantResult Measure(string name, int repetitions, Action pass)
    {
        using var process = Process.GetCurrentProcess();
        Settle();
        pass();
        var passes = new List<PassResult>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            Settle();
            process.Refresh();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var stopwatch = Stopwatch.StartNew();
            pass();
            stopwatch.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            passes.Add(new PassResult(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, pause.TotalMilliseconds, allocated));
        }

        Settle();
        return new VariantResult(name, passes);
    }

    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
