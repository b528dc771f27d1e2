using System.CommandLine;
using HealthReview.Reporting;
using HealthReview.Reporting.Console;
using Spectre.Console;

namespace HealthReview.Cli.Commands;

/// <summary>
/// <c>healthreview report --from results.json --format LIST --output DIR</c>: re-renders any format from a saved results
/// file, byte-identical to what the scan wrote, without the original export.
/// </summary>
public sealed class ReportCommand
{
    private readonly CliEnvironment environment;
    private readonly IReadOnlyList<IReportWriter> writers;

    private readonly Option<string> from = new("--from") { Description = "a results.json written by 'healthreview scan'", Required = true };
    private readonly Option<string> format = new("--format", "-f") { Description = "comma list of formats", DefaultValueFactory = _ => OutputFormats.Console };
    private readonly Option<string> output = new("--output", "-o") { Description = "where report files go", DefaultValueFactory = _ => "healthreview-report" };
    private readonly Option<bool> quiet = new("--quiet", "-q") { Description = "print nothing but errors, as scan --quiet does" };

    public ReportCommand(CliEnvironment environment, IEnumerable<IReportWriter> writers)
    {
        this.environment = environment;
        this.writers = [.. writers];
    }

    public Command Build()
    {
        var command = new Command("report", "Re-render reports from a saved results.json");
        command.Options.Add(from);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.SetAction((parse, _) => Task.FromResult((int)Run(parse)));
        return command;
    }

    private ExitCode Run(ParseResult parse)
    {
        var formats = OutputFormats.Parse(parse.GetValue(format), [.. writers.Select(w => w.Format)]);
        var result = BaselineFile.Read(parse.GetValue(from)!, "--from");
        var (written, failed) = ReportOutput.WriteAll(result, writers, formats, parse.GetValue(output)!, environment.Error);
        if (formats.Contains(OutputFormats.Console) && !parse.GetValue(quiet))
        {
            var console = ConsoleFactory.Create(environment);
            ConsoleInventory.Write(console, result, verbose: false);
            ConsoleSummary.Write(console, result);
            foreach (var path in written)
            {
                console.MarkupLine($"Wrote {Markup.Escape(path)}");
            }
        }

        return failed ? ExitCode.InternalError : ExitCode.Success;
    }
}
