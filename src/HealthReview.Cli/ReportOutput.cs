using System.Collections.Concurrent;
using System.Diagnostics;
using HealthReview.Core.Results;
using HealthReview.Reporting;
using HealthReview.Reporting.Output;

namespace HealthReview.Cli;

/// <summary>
/// Runs every requested writer into the output folder. Writers are independent: one that fails is reported and the
/// others still run; each file appears under its final name only once complete. They read the same immutable result, so
/// they run side by side, one per processor; what they report comes out in the writers' own order.
/// </summary>
public static class ReportOutput
{
    // The reports for people take far longer than the rest (a 1,000-app PDF is seconds, the JSON a fraction of one):
    // started first, they run beside all the others instead of after them.
    private static readonly string[] SlowestFirst = ["pdf", "html"];

    public static (IReadOnlyList<string> Written, bool Failed) WriteAll(ScanResult result, IEnumerable<IReportWriter> writers, IReadOnlyCollection<string> formats, string directory, TextWriter error) =>
        WriteAll(result, writers, formats, directory, error, Environment.ProcessorCount);

    /// <param name="parallelism">How many writers run at once; 1 runs them one after the other.</param>
    /// <param name="timings">Receives each writer's format and how long it took, in the writers' order (for --timings).</param>
    public static (IReadOnlyList<string> Written, bool Failed) WriteAll(ScanResult result, IEnumerable<IReportWriter> writers, IReadOnlyCollection<string> formats, string directory, TextWriter error, int parallelism, ICollection<(string Format, TimeSpan Elapsed)>? timings = null)
    {
        ArgumentNullException.ThrowIfNull(writers);
        ArgumentNullException.ThrowIfNull(error);
        var selected = writers.Where(w => formats.Contains(w.Format)).ToList();
        var outcomes = new (string? Written, string? Error, TimeSpan Elapsed)[selected.Count];
        var order = Enumerable.Range(0, selected.Count)
            .OrderBy(i => Array.IndexOf(SlowestFirst, selected[i].Format) is var rank and >= 0 ? rank : SlowestFirst.Length)
            .ThenBy(i => i)
            .ToList();

        // NoBuffering: each free thread takes the next writer in that order, so the two slow ones never queue behind each other.
        Parallel.ForEach(
            Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            i =>
            {
                var started = Stopwatch.GetTimestamp();
                var (path, problem) = Write(result, selected[i], directory);
                outcomes[i] = (path, problem, Stopwatch.GetElapsedTime(started));
            });

        var written = new List<string>();
        var failed = false;
        for (var i = 0; i < selected.Count; i++)
        {
            var (path, problem, elapsed) = outcomes[i];
            timings?.Add((selected[i].Format, elapsed));
            if (problem is not null)
            {
                error.WriteLine(problem);
                failed = true;
            }
            else
            {
                written.Add(path!);
            }
        }

        return (written, failed);
    }

    private static (string? Written, string? Error) Write(ScanResult result, IReportWriter writer, string directory)
    {
        var target = Path.Combine(directory, writer.FileName);
        try
        {
            AtomicFileWriter.Write(target, stream => writer.Write(result, stream));
            return (target.Replace('\\', '/'), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, $"healthreview: the {writer.Format} report could not be written to {target}: {ex.Message}");
        }
    }
}
