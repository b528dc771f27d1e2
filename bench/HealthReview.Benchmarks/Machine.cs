using System.Globalization;

namespace HealthReview.Benchmarks;

/// <summary>What the figures were measured on: the processor model and the memory, from /proc on Linux.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = Field("/proc/cpuinfo", "model name") ?? System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString();
        var memory = Field("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib)
            ? string.Create(CultureInfo.InvariantCulture, $", {kib / 1048576.0:0.0} GiB memory")
            : string.Empty;
        return $"{cpu}{memory}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }

    private static string? Field(string path, string name)
    {
        try
        {
            return File.ReadLines(path)
                .Where(l => l.StartsWith(name, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
                .FirstOrDefault();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
