using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests.Engine;

/// <summary>One in-process run of <c>healthreview</c>: its exit code and both output streams.</summary>
internal sealed record EngineCliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The report clock these tests pass with --now.</summary>
    public const string Now = "2026-06-01T00:00:00Z";

    public static async Task<EngineCliRun> Of(params string[] args) => await WithInput(string.Empty, args);

    /// <summary>Runs with <paramref name="input"/> as standard input, no environment variables, and output that is not a terminal.</summary>
    public static async Task<EngineCliRun> WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var environment = new CliEnvironment(output, error, reader, _ => null, new FixedClock(DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture)), false);
        var exitCode = await CliApplication.RunAsync(args, environment);
        return new EngineCliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
