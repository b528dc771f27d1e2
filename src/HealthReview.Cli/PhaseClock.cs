using System.Diagnostics;
using System.Globalization;

namespace HealthReview.Cli;

/// <summary>
/// Times the phases of a scan for <c>--timings</c>: each lap is the time since the previous one. The lines it prints
/// are meant for people and for the benchmark script alike: <c>timing: NAME MS ms</c>, one per phase, then the time
/// since the process started and the peak memory.
/// </summary>
public sealed class PhaseClock
{
    private readonly List<(string Name, TimeSpan Elapsed, IReadOnlyList<(string Name, TimeSpan Elapsed)> Parts)> laps = [];
    private long lapStarted = Stopwatch.GetTimestamp();

    /// <param name="parts">Parts of the lap that ran side by side (the reports), each with its own time.</param>
    public void Lap(string name, IReadOnlyList<(string Name, TimeSpan Elapsed)>? parts = null)
    {
        var now = Stopwatch.GetTimestamp();
        laps.Add((name, Stopwatch.GetElapsedTime(lapStarted, now), parts ?? []));
        lapStarted = now;
    }

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (name, elapsed, parts) in laps)
        {
            output.WriteLine(Invariant($"timing: {name} {elapsed.TotalMilliseconds:0.0} ms"));
            foreach (var (part, partElapsed) in parts)
            {
                output.WriteLine(Invariant($"timing:   {part} {partElapsed.TotalMilliseconds:0.0} ms"));
            }
        }

        using var process = Process.GetCurrentProcess();

        // Since the process started: the runtime's own start-up and everything before the first lap included.
        var sinceStart = DateTime.Now - process.StartTime;
        output.WriteLine(Invariant($"timing: total since process start {sinceStart.TotalMilliseconds:0.0} ms"));
        output.WriteLine(Invariant($"timing: peak memory {process.PeakWorkingSet64 / 1048576.0:0.0} MiB"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
