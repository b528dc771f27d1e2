using System.Diagnostics;
using System.Globalization;

namespace HealthReview.Synthetic.Cli;

/// <summary>Entry point of <c>synth-export</c>. Exit codes: 0 written, 1 write failed, 2 usage error.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.Out.Write(CommandLine.Usage);
            return 0;
        }

        var commandLine = CommandLine.TryParse(args, out var error);
        if (commandLine is null)
        {
            Console.Error.WriteLine($"synth-export: {error}");
            Console.Error.Write(CommandLine.Usage);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        SyntheticExportResult result;
        try
        {
            result = SyntheticExport.Write(commandLine.OutputDirectory, commandLine.Options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"synth-export: {exception.Message}");
            return 1;
        }

        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"synth-export: {result.AppCount} apps ({result.ExternalClientAppCount} external client apps, " +
            $"{result.ConnectedAppCount} connected apps), {result.FileCount} files " +
            $"({result.MetadataFileCount} metadata), {result.ByteCount} bytes, " +
            $"{commandLine.Options.Layout.ToString().ToLowerInvariant()} layout, seed {commandLine.Options.Seed}, " +
            $"in {stopwatch.ElapsedMilliseconds} ms -> {Path.GetFullPath(commandLine.OutputDirectory)}"));
        return 0;
    }
}
