using Spectre.Console;

namespace HealthReview.Cli;

/// <summary>A Spectre console on the environment's output: colour only where <see cref="CliEnvironment.UseColour"/> says so.</summary>
public static class ConsoleFactory
{
    public static IAnsiConsole Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = environment.UseColour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.UseColour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = environment.OutputIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(environment.Out),
        });
        if (!environment.OutputIsTerminal)
        {
            // Redirected output (CI logs, files) gets a fixed width, so it does not depend on the terminal that ran it.
            console.Profile.Width = 120;
        }

        return console;
    }
}
