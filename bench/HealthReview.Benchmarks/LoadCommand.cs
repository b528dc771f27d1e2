using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using HealthReview.Core.Model;
using HealthReview.Loaders;
using HealthReview.Synthetic;

namespace HealthReview.Benchmarks;

/// <summary>
/// <c>healthreview-bench load</c>: one synthetic export, then in the same process the XmlReader floor and the loader,
/// each single-threaded and parallel, each with a warm-up pass and then timed repetitions.
/// </summary>
internal sealed record LoadCommand(int AppCount, string? ReuseDirectory, int Seed, int Repetitions)
{
    public const int DefaultAppCount = 10_000;
    public const int DefaultRepetitions = 7;
    public const int MinRepetitions = 3;
    private const double TargetRatio = 1.5;
    private const long TargetPeakBytes = 1L << 30;
    private const double Mebibyte = 1024 * 1024;

    /// <summary>Parses the arguments after <c>load</c>; on failure returns null and sets <paramref name="error"/>.</summary>
    public static LoadCommand? TryParse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var apps = DefaultAppCount;
        var repetitions = DefaultRepetitions;
        var seed = 1;
        string? reuse = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is not ("--apps" or "--seed" or "--repetitions" or "--reuse"))
            {
                error = $"unexpected argument '{arg}'";
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value";
                return null;
            }

            var value = args[++i];
            if (arg == "--reuse")
            {
                reuse = value;
                continue;
            }

            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                error = $"{arg} must be an integer, not '{value}'";
                return null;
            }

            switch (arg)
            {
                case "--apps":
                    apps = number;
                    break;
                case "--seed":
                    seed = number;
                    break;
                default:
                    repetitions = number;
                    break;
            }
        }

        if (apps is < 1 or > SyntheticExportOptions.MaxAppCount)
        {
            error = $"--apps must be between 1 and {SyntheticExportOptions.MaxAppCount.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }

        if (repetitions < MinRepetitions)
        {
            error = $"--repetitions must be at least {MinRepetitions.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }

        return new LoadCommand(apps, reuse, seed, repetitions);
    }

    public int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var temporary = ReuseDirectory is null;
        var root = Path.GetFullPath(ReuseDirectory ?? Path.Combine(Path.GetTempPath(), $"healthreview-bench-{Guid.NewGuid():N}"));
        try
        {
            WriteHeader(output);
            PrepareExport(root, output);
            return Measure(root, output);
        }
        finally
        {
            if (temporary && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void WriteHeader(TextWriter output)
    {
#if DEBUG
        const string configuration = "Debug build: figures are not meaningful, use -c Release";
#else
        const string configuration = "Release";
#endif
        var gc = (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? string.Empty : " concurrent");
        output.WriteLine(Invariant($"healthreview-bench load: .NET {Environment.Version}, {Environment.ProcessorCount} processors, {configuration}, {gc} GC"));
    }

    private void PrepareExport(string root, TextWriter output)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            output.WriteLine(Invariant($"export: reusing {root}"));
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = SyntheticExport.Write(root, new SyntheticExportOptions { AppCount = AppCount, Seed = Seed });
        output.WriteLine(Invariant(
            $"export: generated {result.AppCount} apps, {result.FileCount} files, {result.ByteCount / Mebibyte:F1} MiB (seed {Seed}) in {stopwatch.ElapsedMilliseconds} ms -> {root}"));
    }

    private int Measure(string root, TextWriter output)
    {
        var paths = new[] { root };
        var parallelism = Environment.ProcessorCount;
        (int Files, long Bytes) floorCounts = default;
        var single = new ExportLoader(new LoaderOptions { Parallelism = 1 });
        var parallel = new ExportLoader();

        // The process's peak from here on: generation and start-up are not counted where Linux allows. The floor passes
        // run in the same rounds as the loader's, and peak lower.
        var peakBefore = PeakMemory.PeakWorkingSet();
        var peakReset = PeakMemory.TryReset();
        var results = Stopwatches.MeasureInterleaved(
            [
                ("floor: XmlReader, 1 thread", () => floorCounts = XmlFloor.Run(root, 1)),
                ("loader: Parallelism = 1", () => single.Load(paths)),
                (Invariant($"floor: XmlReader, Parallel.ForEach ({parallelism})"), () => floorCounts = XmlFloor.Run(root, parallelism)),
                (Invariant($"loader: default parallelism ({parallelism})"), () => parallel.Load(paths)),
            ],
            Repetitions);
        var (floorSingle, loaderSingle, floorParallel, loaderParallel) = (results[0], results[1], results[2], results[3]);
        var peakLoader = PeakMemory.PeakWorkingSet();

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var snapshot = parallel.Load(paths);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var digest = SnapshotDigest.Compute(snapshot);
        var singleDigest = SnapshotDigest.Compute(single.Load(paths));

        var parallelRatio = loaderParallel.MedianRatioTo(floorParallel);
        var singleRatio = loaderSingle.MedianRatioTo(floorSingle);
        output.WriteLine();
        output.WriteLine(Invariant($"{"variant",-40} {"median ms",10} {"min ms",10} {"max ms",10} {"cpu ms",10} {"GC ms",8} {"alloc MiB",10} {"faults",8}"));
        foreach (var variant in new[] { floorSingle, floorParallel, loaderSingle, loaderParallel })
        {
            output.WriteLine(Invariant(
                $"{variant.Name,-40} {variant.MedianMilliseconds,10:F1} {variant.MinMilliseconds,10:F1} {variant.MaxMilliseconds,10:F1} {variant.MedianCpuMilliseconds,10:F1} {variant.MedianGcPauseMilliseconds,8:F1} {variant.MedianAllocatedBytes / Mebibyte,10:F1} {variant.MedianMinorFaults,8:F0}"));
        }

        output.WriteLine(Invariant($"({Repetitions} rounds after one warm-up of each variant, the four variants in turn in every round; medians"));
        output.WriteLine(" of wall time, process CPU time on all threads, GC pause time and GC-allocated bytes per pass; each ratio is the");
        output.WriteLine(" median of the rounds' loader/floor ratios; faults: minor page faults, memory touched for the first time)");
        output.WriteLine();
        Row(output, "ratio loader/floor, 1 thread", Invariant($"{singleRatio:F2}x {Verdict(singleRatio <= TargetRatio)}"));
        Row(output, Invariant($"ratio loader/floor, parallel ({parallelism})"), Invariant($"{parallelRatio:F2}x {Verdict(parallelRatio <= TargetRatio)}"));
        Row(
            output,
            peakReset ? "peak working set, timed rounds" : "peak working set, whole process",
            Invariant($"{peakLoader / Mebibyte:F1} MiB {Verdict(peakLoader < TargetPeakBytes)}"));
        Row(output, "peak working set, before the rounds", Invariant($"{peakBefore / Mebibyte:F1} MiB (generation, start-up)"));
        var faultCost = PageFaults.MicrosecondsPerFault();
        if (faultCost is { } microseconds)
        {
            var extra = loaderSingle.MedianMinorFaults - floorSingle.MedianMinorFaults;
            Row(output, "page faults, loader over floor (1 thread)", Invariant($"{extra:F0} more, at {microseconds:F2} µs each on this machine: ~{extra * microseconds / 1000:F0} ms"));
        }

        Row(output, "GC allocated per load, parallel / 1", Invariant($"{loaderParallel.MedianAllocatedBytes / Mebibyte:F1} MiB / {loaderSingle.MedianAllocatedBytes / Mebibyte:F1} MiB"));
        Row(output, "snapshot retained on the heap", Invariant($"{retained / Mebibyte:F1} MiB"));
        Row(output, "files", Invariant($"{snapshot.Inputs.Count} in the snapshot, {floorCounts.Files} read by the floor, {floorCounts.Bytes / Mebibyte:F1} MiB"));
        Row(output, "apps", Invariant($"{snapshot.Apps.Count} ({snapshot.Apps.Count(a => a.Kind == AppKind.ExternalClientApp)} external client apps, {snapshot.Apps.Count(a => a.Kind == AppKind.ConnectedApp)} connected apps)"));
        Row(output, "diagnostics / unknown elements", Invariant($"{snapshot.Diagnostics.Count} / {snapshot.UnknownElements.Count}"));
        Row(output, "snapshot sha256", digest + (singleDigest == digest ? string.Empty : " (differs with Parallelism = 1!)"));
        GC.KeepAlive(snapshot);
        return singleDigest == digest ? 0 : 1;
    }

    private static string Verdict(bool met) => met ? "(target met)" : "(over target)";

    private static void Row(TextWriter output, string name, string value) => output.WriteLine(Invariant($"{name,-40} {value}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
