using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthReview.Benchmarks;

/// <summary>One <c>healthreview scan --timings</c> run: wall time measured outside, phases and peak memory as it printed them.</summary>
internal sealed partial record ScanRun(double WallSeconds, IReadOnlyList<(string Name, double Milliseconds)> Phases, IReadOnlyList<(string Format, double Milliseconds)> Writers, double PeakMiB)
{
    public static ScanRun Parse(double wallSeconds, IEnumerable<string> lines)
    {
        var phases = new List<(string, double)>();
        var writers = new List<(string, double)>();
        var peak = double.NaN;
        foreach (var line in lines)
        {
            if (Peak().Match(line) is { Success: true } memory)
            {
                peak = double.Parse(memory.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (Writer().Match(line) is { Success: true } writer)
            {
                writers.Add((writer.Groups[1].Value, double.Parse(writer.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
            else if (Phase().Match(line) is { Success: true } phase)
            {
                phases.Add((phase.Groups[1].Value, double.Parse(phase.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
        }

        return new ScanRun(wallSeconds, phases, writers, peak);
    }

    /// <summary>The phase whose name starts with <paramref name="name"/> ("load (32,386 files, …)").</summary>
    public double Phase(string name) => Phases.FirstOrDefault(p => p.Name.StartsWith(name, StringComparison.Ordinal)).Milliseconds;

    [GeneratedRegex(@"^timing: peak memory ([0-9.]+) MiB")]
    private static partial Regex Peak();

    [GeneratedRegex(@"^timing:   (\S+) ([0-9.]+) ms")]
    private static partial Regex Writer();

    [GeneratedRegex(@"^timing: (\S.*) ([0-9.]+) ms")]
    private static partial Regex Phase();
}
