using System.CommandLine;
using HealthReview.Reporting.Json;

namespace HealthReview.Cli.Commands;

/// <summary><c>healthreview schema</c>: prints the JSON Schema of results.json that this version writes.</summary>
public sealed class SchemaCommand
{
    private readonly CliEnvironment environment;

    public SchemaCommand(CliEnvironment environment)
    {
        this.environment = environment;
    }

    public Command Build()
    {
        var command = new Command("schema", "Print the JSON Schema of results.json");
        command.SetAction((_, _) =>
        {
            environment.Out.Write(ResultsSchema.Text());
            return Task.FromResult((int)ExitCode.Success);
        });
        return command;
    }
}
