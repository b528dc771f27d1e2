namespace HealthReview.Benchmarks;

/// <summary>Entry point of <c>healthreview-bench</c>. Exit codes: 0 done, 1 failed, 2 usage error.</summary>
internal static class Program
{
    private const string Usage =
        "usage: healthreview-bench load [--apps N] [--reuse DIR] [--seed S] [--repetitions R]\n" +
        "         Loads a synthetic export of N apps (default 10000) with ExportLoader and with a plain XmlReader\n" +
        "         floor; prints median wall times, ratios, peak working set and allocations.\n" +
        "         --reuse DIR  use the export in DIR; when DIR is missing or empty, generate into it and keep it\n" +
        "                      (otherwise a temporary folder is generated and deleted afterwards)\n" +
        "         --repetitions R  timed repetitions per variant after one warm-up, at least 3 (default 5)\n" +
        "       healthreview-bench scan --cli PATH [--apps 100,1000,10000] [--reuse DIR] [--repetitions R] [--people-up-to N]\n" +
        "         Runs 'healthreview scan --timings' (PATH: the executable or healthreview.dll) over synthetic exports:\n" +
        "         json,sarif,junit,csv,markdown for every size, html,pdf up to N apps (default 1000); prints wall time,\n" +
        "         peak memory, load/evaluate/writer times beside the XmlReader floor, and a one-app scan's start-up.\n" +
        "       healthreview-bench digest PATH...\n" +
        "         Loads PATH(s) once and prints a SHA-256 of the whole snapshot, to check that a loader change\n" +
        "         keeps its output identical.\n";

    private static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["load", .. var rest] => LoadCommand.TryParse(rest, out var error) is { } command ? command.Run(Console.Out) : Fail(error),
                ["digest", _, ..] => DigestCommand.Run(args[1..], Console.Out),
                ["scan", .. var options] => ScanCommand.TryParse(options, out var scanError) is { } scan ? scan.Run(Console.Out) : Fail(scanError),
                ["--help" or "-h"] => Help(),
                _ => Fail("expected a mode: load, scan or digest"),
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"healthreview-bench: {exception.Message}");
            return 1;
        }
    }

    private static int Help()
    {
        Console.Out.Write(Usage);
        return 0;
    }

    private static int Fail(string? error)
    {
        Console.Error.WriteLine($"healthreview-bench: {error}");
        Console.Error.Write(Usage);
        return 2;
    }
}
