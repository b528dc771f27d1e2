namespace HealthReview.Cli;

/// <summary>
/// What the program may take from the process: output streams, environment variables, the clock. Tests pass their own,
/// so the command line runs in-process with no global state.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    TextReader Input,
    Func<string, string?> GetVariable,
    TimeProvider Clock,
    bool OutputIsTerminal,
    bool ErrorIsTerminal = false)
{
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Console.In,
        Environment.GetEnvironmentVariable,
        TimeProvider.System,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected);

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public bool UseColour => OutputIsTerminal && string.IsNullOrEmpty(GetVariable("NO_COLOR"));

    /// <summary>A progress bar only for a person at a terminal: never in CI or when standard error is redirected.</summary>
    public bool ShowProgress => ErrorIsTerminal && string.IsNullOrEmpty(GetVariable("CI")) && string.IsNullOrEmpty(GetVariable("TF_BUILD"));
}
