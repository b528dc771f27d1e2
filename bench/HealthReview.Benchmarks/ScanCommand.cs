using System.Diagnostics;
using System.Globalization;
using HealthReview.Synthetic;

namespace HealthReview.Benchmarks;

/// <summary>
/// <c>healthreview-bench scan</c>: the whole command line, as a user runs it, over synthetic exports of several sizes.
/// Per size: the XmlReader floor in this process, then <c>healthreview scan --timings</c> as a child process with the
/// machine formats and (up to a size) the reports for people; wall time from process start to exit, the phase and
/// writer times and the peak memory the scan reports. Then the start-up cost: a one-app scan, start to exit.
/// </summary>
internal sealed record ScanCommand(IReadOnlyList<int> Sizes, string Cli, string? ReuseRoot, int Repetitions, int PeopleUpTo)
{
    public const string MachineFormats = "json,sarif,junit,csv,markdown";
    public const string PeopleFormats = "html,pdf";
    private const int StartupRuns = 10;
    private const double TargetSeconds = 10;
    private const double TargetStartupSeconds = 0.5;
    private const double TargetPeakMiB = 1024;

    public static ScanCommand? TryParse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        IReadOnlyList<int> sizes = [100, 1_000, 10_000];
        string? cli = null;
        string? reuse = null;
        var repetitions = 3;
        var peopleUpTo = 1_000;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value";
                return null;
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--apps":
                    var parsed = value.Split(',').Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
                    if (parsed.Any(n => n is < 1 or > SyntheticExportOptions.MaxAppCount))
                    {
                        error = $"--apps takes a comma list of app counts, not '{value}'";
                        return null;
                    }

                    sizes = parsed;
                    break;
                case "--cli":
                    cli = value;
                    break;
                case "--reuse":
                    reuse = value;
                    break;
                case "--repetitions" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) && r >= 1:
                    repetitions = r;
                    break;
                case "--people-up-to" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p >= 0:
                    peopleUpTo = p;
                    break;
                default:
                    error = $"unexpected argument '{args[i]} {value}'";
                    return null;
            }
        }

        if (cli is null || !File.Exists(cli))
        {
            error = $"--cli must name the healthreview executable or healthreview.dll (got '{cli}')";
            return null;
        }

        return new ScanCommand(sizes, Path.GetFullPath(cli), reuse, repetitions, peopleUpTo);
    }

    public int Run(TextWriter output)
    {
        var temporary = ReuseRoot is null;
        var root = Path.GetFullPath(ReuseRoot ?? Path.Combine(Path.GetTempPath(), $"healthreview-bench-{Guid.NewGuid():N}"));
        var reports = Path.Combine(Path.GetTempPath(), $"healthreview-bench-out-{Guid.NewGuid():N}");
        try
        {
            output.WriteLine(Invariant($"healthreview-bench scan: {Cli}"));
            output.WriteLine(Invariant($"machine: {Environment.ProcessorCount} processors, {Machine.Describe()}, .NET {Environment.Version}; {Repetitions} runs per row, median shown"));
            output.WriteLine();
            output.WriteLine(Invariant($"| {"apps",6} | {"files",6} | {"formats",-30} | {"wall s",6} | {"peak MiB",8} | {"floor 1t ms",11} | {"floor ∥ ms",10} | {"load ms",7} | {"evaluate ms",11} | writers ms (side by side) |"));
            output.WriteLine("|-------:|-------:|--------------------------------|-------:|---------:|------------:|-----------:|--------:|------------:|---|");
            var met = true;
            foreach (var apps in Sizes)
            {
                var export = Prepare(root, apps);
                var files = Directory.EnumerateFiles(export, "*", SearchOption.AllDirectories).Count();
                var floorSingle = Median(Enumerable.Range(0, Repetitions).Select(_ => Time(() => XmlFloor.Run(export, 1))));
                var floorParallel = Median(Enumerable.Range(0, Repetitions).Select(_ => Time(() => XmlFloor.Run(export, Environment.ProcessorCount))));
                var runs = new List<(string Formats, ScanRun Run)> { (MachineFormats, Scan(export, reports, MachineFormats)) };
                if (apps <= PeopleUpTo)
                {
                    runs.Add((PeopleFormats, Scan(export, reports, PeopleFormats)));
                }

                foreach (var (formats, run) in runs)
                {
                    met &= run.WallSeconds < TargetSeconds && run.PeakMiB < TargetPeakMiB;
                    var writers = string.Join(", ", run.Writers.Select(w => Invariant($"{w.Format} {w.Milliseconds:0}")));
                    output.WriteLine(Invariant(
                        $"| {apps,6:#,0} | {files,6:#,0} | {formats,-30} | {run.WallSeconds,6:0.00} | {run.PeakMiB,8:0} | {floorSingle,11:0} | {floorParallel,10:0} | {run.Phase("load"),7:0} | {run.Phase("evaluate"),11:0} | {writers} |"));
                }
            }

            var one = Prepare(root, 1);
            var startup = Enumerable.Range(0, StartupRuns).Select(_ => Scan(export: one, reports, "json", repetitions: 1).WallSeconds).ToList();
            met &= Median(startup) < TargetStartupSeconds;
            output.WriteLine();
            output.WriteLine(Invariant($"one-app scan (json), process start to exit: median {Median(startup):0.000} s, min {startup.Min():0.000} s, max {startup.Max():0.000} s over {StartupRuns} runs"));
            output.WriteLine(Invariant($"targets: 10,000 apps with {MachineFormats} and {PeopleFormats} for 1,000 apps under {TargetSeconds} s, peak under {TargetPeakMiB} MiB, one-app scan under {TargetStartupSeconds} s: {(met ? "met" : "NOT met")}"));
            return 0;
        }
        finally
        {
            if (temporary && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }
        }
    }

    private static string Prepare(string root, int apps)
    {
        var export = Path.Combine(root, Invariant($"apps-{apps}"));
        if (!Directory.Exists(export) || !Directory.EnumerateFileSystemEntries(export).Any())
        {
            SyntheticExport.Write(export, new SyntheticExportOptions { AppCount = apps, Seed = 1 });
        }

        return export;
    }

    /// <summary>Runs the scan <see cref="Repetitions"/> times (after one warm-up, which fills the page cache) and keeps the median run.</summary>
    private ScanRun Scan(string export, string reports, string formats, int? repetitions = null)
    {
        var count = repetitions ?? Repetitions;
        if (repetitions is null)
        {
            RunOnce(export, reports, formats);
        }

        var runs = Enumerable.Range(0, count).Select(_ => RunOnce(export, reports, formats)).OrderBy(r => r.WallSeconds).ToList();
        return runs[runs.Count / 2];
    }

    private ScanRun RunOnce(string export, string reports, string formats)
    {
        var start = new ProcessStartInfo
        {
            FileName = Cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : Cli,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Cli);
        }

        foreach (var arg in new[] { "scan", export, "--format", formats, "--output", reports, "--now", "2026-11-24T00:00:00Z", "--fail-on", "none", "--quiet", "--timings" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Cli);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stopwatch.Stop();
        var lines = error.Result.Split('\n');
        if (process.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException(Invariant($"healthreview exited with {process.ExitCode}: {string.Join(" / ", lines.Where(l => !l.StartsWith("timing:", StringComparison.Ordinal)).Take(3))}"));
        }

        return ScanRun.Parse(stopwatch.Elapsed.TotalSeconds, lines);
    }

    private static double Time(Action action)
    {
        Stopwatches.Settle();
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
