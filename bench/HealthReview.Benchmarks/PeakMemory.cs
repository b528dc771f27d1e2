using System.Diagnostics;

namespace HealthReview.Benchmarks;

/// <summary>The process's peak working set, and (on Linux) a way to restart it so a phase can be measured on its own.</summary>
internal static class PeakMemory
{
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>
    /// Resets the peak resident set size (VmHWM) to the current one by writing 5 to /proc/self/clear_refs (Linux 4.0 and
    /// later). Returns false where that is not possible; the peak then covers the whole process.
    /// </summary>
    public static bool TryReset()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
