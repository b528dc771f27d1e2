namespace HealthReview.Cli.Tests.Support;

/// <summary>What one in-process run of the program produced.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The injected clock's time, used when neither --now nor SOURCE_DATE_EPOCH is given.</summary>
    public static readonly DateTimeOffset ClockTime = new(2031, 5, 6, 7, 8, 9, 999, TimeSpan.Zero);

    /// <summary>Everything printed, both streams.</summary>
    public string AllOutput => Out + Error;

    /// <summary>
    /// Runs <c>healthreview</c> with the given arguments, environment variables and terminal-ness. These tests are about
    /// loading and inputs, so a scan without an explicit --fail-on gets <c>--fail-on none</c>: the samples are meant to
    /// have findings, and the gate has tests of its own.
    /// </summary>
    public static async Task<CliRun> Of(string[] args, IReadOnlyDictionary<string, string>? variables = null, bool terminal = false, bool errorTerminal = false)
    {
        if (args.Length > 0 && args[0] == "scan" && !args.Contains("--fail-on"))
        {
            args = [.. args, "--fail-on", "none"];
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(
            output,
            error,
            TextReader.Null,
            name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            new FixedClock(ClockTime),
            terminal,
            errorTerminal);
        var exitCode = await CliApplication.RunAsync(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
