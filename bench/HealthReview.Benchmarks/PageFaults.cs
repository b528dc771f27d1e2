using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace HealthReview.Benchmarks;

/// <summary>
/// Minor page faults (a page of memory touched for the first time) on Linux, and what one costs on this machine. The
/// loader keeps what it builds and the floor keeps nothing, so the loader touches fresh memory the floor never does; on a
/// virtual machine where a fault is slow, that alone moves the ratio, and the figure lets one machine be compared with another.
/// </summary>
internal static class PageFaults
{
    private const int PageBytes = 4096;

    /// <summary>The process's minor faults so far; 0 where /proc/self/stat is not available.</summary>
    public static long Minor()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            // Fields after the command name, which is in parentheses and may hold spaces: state is the first, minflt the 8th.
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    /// <summary>Microseconds per fault, from touching 64 MiB of fresh memory once, a byte per page; null when not measurable.</summary>
    public static double? MicrosecondsPerFault()
    {
        const int bytes = 64 * 1024 * 1024;
        var before = Minor();

        // malloc maps a block this large afresh, so each page is touched for the first time here.
        var memory = Marshal.AllocHGlobal(bytes);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            for (var offset = 0; offset < bytes; offset += PageBytes)
            {
                Marshal.WriteByte(memory, offset, 1);
            }

            stopwatch.Stop();
            var faults = Minor() - before;
            return faults < bytes / PageBytes / 2 ? null : stopwatch.Elapsed.TotalMicroseconds / faults;
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }
}
