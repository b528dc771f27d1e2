using System.CommandLine;
using System.Globalization;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine;
using HealthReview.Engine.Baseline;
using HealthReview.Loaders;
using HealthReview.Reporting;
using HealthReview.Reporting.Console;
using Spectre.Console;

namespace HealthReview.Cli.Commands;

/// <summary><c>healthreview scan PATH...</c>: load the export, evaluate, write the reports, map the outcome to an exit code.</summary>
public sealed class ScanCommand
{
    private readonly CliEnvironment environment;
    private readonly IReadOnlyList<IReportWriter> writers;
    private readonly ToolInfo tool;

    private readonly Argument<string[]> paths = new("PATH")
    {
        Description = "SFDX project folder, any folder holding metadata, an MDAPI retrieve folder, a retrieve .zip, or single files",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "comma list of: console, json, sarif, junit, csv, markdown, html, pdf (default: console)",
        DefaultValueFactory = _ => OutputFormats.Console,
    };

    private readonly Option<string> output = new("--output", "-o")
    {
        Description = "where report files go",
        DefaultValueFactory = _ => "healthreview-report",
    };

    private readonly Option<string?> now = new("--now") { Description = "the report clock (ISO 8601); SOURCE_DATE_EPOCH is honoured too" };

    private readonly Option<double> maxFileSize = new("--max-file-size")
    {
        Description = "largest metadata file read, in MB (default 10)",
        DefaultValueFactory = _ => LoaderOptions.DefaultMaxFileBytes / 1048576.0,
    };

    private readonly Option<bool> verbose = new("--verbose", "-v") { Description = "list every app, every unknown element and every open finding" };

    private readonly Option<bool> quiet = new("--quiet", "-q") { Description = "print nothing but errors; the exit code and the report files say the rest" };

    private readonly Option<bool> timings = new("--timings") { Description = "print on standard error how long each phase took (load, evaluate, each report) and the peak memory" };

    private readonly Option<string> failOn = new("--fail-on")
    {
        Description = "critical | high | medium | low | none: exit 1 when an open finding is at or above it (default high)",
        DefaultValueFactory = _ => "high",
    };

    private readonly Option<double?> minScore = new("--min-score") { Description = "exit 1 when the org's posture score is below N" };

    private readonly Option<string?> config = new("--config") { Description = "healthreview.yaml: thresholds, risk acceptances, attestations, context facts" };

    private readonly Option<string?> baseline = new("--baseline") { Description = "an earlier results.json: findings are marked new or unchanged, and resolved ones listed" };

    private readonly Option<string?> rules = new("--rules") { Description = "a folder of extra rule files; a rule with an existing id replaces the built-in one" };

    private readonly Option<string> classification = new("--classification")
    {
        Description = "the handling line on every page of the PDF report (default Confidential)",
        DefaultValueFactory = _ => ScanResult.DefaultClassification,
    };

    public ScanCommand(CliEnvironment environment, IEnumerable<IReportWriter> writers, ToolInfo tool)
    {
        this.environment = environment;
        this.writers = [.. writers];
        this.tool = tool;
    }

    public Command Build()
    {
        var command = new Command("scan", "Scan a Salesforce export and write the reports");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(now);
        command.Options.Add(maxFileSize);
        command.Options.Add(verbose);
        command.Options.Add(quiet);
        command.Options.Add(timings);
        command.Options.Add(failOn);
        command.Options.Add(minScore);
        command.Options.Add(config);
        command.Options.Add(rules);
        command.Options.Add(baseline);
        command.Options.Add(classification);
        command.SetAction((parse, cancellation) => Task.FromResult((int)Run(parse, cancellation)));
        return command;
    }

    private ExitCode Run(ParseResult parse, CancellationToken cancellation)
    {
        var clock = new PhaseClock();
        var formats = OutputFormats.Parse(parse.GetValue(format), [.. writers.Select(w => w.Format)]);
        var generatedAt = ReportClock.Resolve(parse.GetValue(now), environment.GetVariable("SOURCE_DATE_EPOCH"), environment.Clock);
        var maxMegabytes = parse.GetValue(maxFileSize);
        if (!(maxMegabytes > 0) || maxMegabytes > 4096)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--max-file-size {maxMegabytes} must be between 0 and 4096 MB"));
        }

        var gate = GateOptions.Parse(parse.GetValue(failOn), parse.GetValue(minScore));
        var handling = Classification(parse.GetValue(classification));
        var catalog = RuleSetup.LoadCatalog(parse.GetValue(rules), environment.Error);
        var scanConfig = RuleSetup.LoadConfig(parse.GetValue(config), catalog);

        clock.Lap(Invariant($"rules and config ({catalog.Rules.Count} rules)"));
        var loader = new ExportLoader(new LoaderOptions { MaxFileBytes = (long)(maxMegabytes * 1048576) });
        ExportSnapshot Load(IProgress<(int Done, int Total)>? progress) => loader.Load(parse.GetValue(paths) ?? [], cancellation, progress);

        // --quiet means errors only: no progress bar either.
        var snapshot = parse.GetValue(quiet) ? Load(null) : ProgressDisplay.Run(environment, "Reading metadata", Load);
        clock.Lap(Invariant($"load ({snapshot.Inputs.Count:#,0} files, {snapshot.Apps.Count:#,0} apps)"));
        var result = ScanEvaluator.Evaluate(new ScanResult { Tool = tool, GeneratedAt = generatedAt, Snapshot = snapshot, Classification = handling }, catalog, scanConfig, gate);

        if (parse.GetValue(baseline) is { } baselinePath)
        {
            result = BaselineComparer.Compare(result, BaselineFile.Read(baselinePath, "--baseline"), baselinePath.Replace('\\', '/'));
        }

        clock.Lap(Invariant($"evaluate ({result.Findings.Count:#,0} findings)"));
        var outcomes = new List<ExitCode>();
        var writerTimes = new List<(string Format, TimeSpan Elapsed)>();
        var (written, writerFailed) = ReportOutput.WriteAll(result, writers, formats, parse.GetValue(output)!, environment.Error, Environment.ProcessorCount, writerTimes);
        clock.Lap("reports, side by side", writerTimes);
        if (writerFailed)
        {
            outcomes.Add(ExitCode.InternalError);
        }

        if (formats.Contains(OutputFormats.Console) && !parse.GetValue(quiet))
        {
            var console = ConsoleFactory.Create(environment);
            ConsoleInventory.Write(console, result, parse.GetValue(verbose));
            ConsoleSummary.Write(console, result, parse.GetValue(verbose) ? int.MaxValue : 10);
            foreach (var path in written)
            {
                console.MarkupLine($"Wrote {Markup.Escape(path.Replace('\\', '/'))}");
            }
        }

        if (parse.GetValue(timings))
        {
            clock.Lap("console");
            clock.WriteTo(environment.Error);
        }

        if (parse.GetValue(quiet))
        {
            foreach (var problem in snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Code != DiagnosticCodes.MissingPath))
            {
                environment.Error.WriteLine($"healthreview: {problem.ToDisplayString()}");
            }
        }

        if (snapshot.Diagnostics.Any(d => d.Code == DiagnosticCodes.MissingPath))
        {
            foreach (var missing in snapshot.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingPath))
            {
                environment.Error.WriteLine($"healthreview: {missing.Location.Path}: no such file or folder");
            }

            outcomes.Add(ExitCode.UsageError);
        }

        if (result.Summary is { Gate.Passed: false })
        {
            outcomes.Add(ExitCode.GateFailed);
        }

        if (snapshot.HasInputErrors)
        {
            outcomes.Add(ExitCode.InputError);
        }

        return ExitCodes.Combine(outcomes);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Classification(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100 || text.Any(char.IsControl))
        {
            throw new UsageException("--classification needs one line of text, at most 100 characters (for example \"Confidential\")");
        }

        return text;
    }
}
