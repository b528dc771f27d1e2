using System.CommandLine;
using HealthReview.Core.Cvss;

namespace HealthReview.Cli.Commands;

/// <summary>
/// <c>healthreview cvss [VECTOR...]</c>: one line per vector, <c>VECTOR⇥SCORE⇥SEVERITY</c>; vectors from standard input
/// when none are given. An invalid vector is one line on standard error; the others are still scored; exit 2 at the end.
/// </summary>
public sealed class CvssCommand
{
    private readonly CliEnvironment environment;
    private readonly Argument<string[]> vectors = new("VECTOR") { Arity = ArgumentArity.ZeroOrMore, Description = "CVSS v3.0, v3.1 or v4.0 vectors; none: read one per line from standard input" };

    public CvssCommand(CliEnvironment environment)
    {
        this.environment = environment;
    }

    public Command Build()
    {
        var command = new Command("cvss", "Score CVSS vectors exactly as FIRST's calculators do");
        command.Arguments.Add(vectors);
        command.SetAction((parse, _) => Task.FromResult((int)Run(parse.GetValue(vectors) ?? [])));
        return command;
    }

    private ExitCode Run(string[] given)
    {
        IEnumerable<string> lines = given.Length > 0 ? given : ReadInput();
        var failed = false;
        foreach (var line in lines)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (CvssVector.TryParse(text, out var vector, out var error))
            {
                environment.Out.WriteLine(CvssLine.Format(vector!));
            }
            else
            {
                environment.Error.WriteLine($"healthreview: invalid vector '{text}': {error}");
                failed = true;
            }
        }

        return failed ? ExitCode.UsageError : ExitCode.Success;
    }

    private IEnumerable<string> ReadInput()
    {
        while (environment.Input.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
