using System.CommandLine;
using System.Reflection;
using HealthReview.Cli.Commands;
using HealthReview.Core.Results;
using HealthReview.Reporting;
using HealthReview.Reporting.Csv;
using HealthReview.Reporting.Html;
using HealthReview.Reporting.Json;
using HealthReview.Reporting.Junit;
using HealthReview.Reporting.Markdown;
using HealthReview.Reporting.Pdf;
using HealthReview.Reporting.Sarif;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealthReview.Cli;

/// <summary>
/// The program, callable in-process: builds the host (services), the command tree, parses, runs, and maps every outcome to
/// an exit code. User errors are one line on standard error; only a bug prints a stack trace, and only with --verbose.
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        using var host = BuildHost(environment);
        var root = new RootCommand("HealthReview: a security health review of Salesforce External Client Apps and Connected Apps");
        root.Subcommands.Add(host.Services.GetRequiredService<ScanCommand>().Build());
        root.Subcommands.Add(host.Services.GetRequiredService<RulesCommand>().Build());
        root.Subcommands.Add(host.Services.GetRequiredService<CvssCommand>().Build());
        root.Subcommands.Add(host.Services.GetRequiredService<ReportCommand>().Build());
        root.Subcommands.Add(host.Services.GetRequiredService<SchemaCommand>().Build());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"healthreview: {error.Message}").ConfigureAwait(false);
            }

            await environment.Error.WriteLineAsync("Run 'healthreview --help' for usage.").ConfigureAwait(false);
            return (int)ExitCode.UsageError;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await environment.Error.WriteLineAsync($"healthreview: {ex.Message}").ConfigureAwait(false);
            return (int)ExitCode.UsageError;
        }
        catch (InternalFailureException ex)
        {
            await environment.Error.WriteLineAsync($"healthreview: internal error: {ex.Message}").ConfigureAwait(false);
            return (int)ExitCode.InternalError;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("healthreview: cancelled").ConfigureAwait(false);
            return (int)ExitCode.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not a user error: one line, and the details only where someone asked for them.
            await environment.Error.WriteLineAsync($"healthreview: internal error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            if (!string.IsNullOrEmpty(environment.GetVariable("HEALTHREVIEW_DEBUG")))
            {
                await environment.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return (int)ExitCode.InternalError;
        }
    }

    private static IHost BuildHost(CliEnvironment environment)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(environment);
        builder.Services.AddSingleton(ToolIdentity());
        builder.Services.AddSingleton<IReportWriter, JsonReportWriter>();
        builder.Services.AddSingleton<IReportWriter, SarifReportWriter>();
        builder.Services.AddSingleton<IReportWriter, JunitReportWriter>();
        builder.Services.AddSingleton<IReportWriter, CsvReportWriter>();
        builder.Services.AddSingleton<IReportWriter, MarkdownReportWriter>();
        builder.Services.AddSingleton<IReportWriter, HtmlReportWriter>();
        builder.Services.AddSingleton<IReportWriter, PdfReportWriter>();
        builder.Services.AddTransient<ScanCommand>();
        builder.Services.AddTransient<RulesCommand>();
        builder.Services.AddTransient<CvssCommand>();
        builder.Services.AddTransient<ReportCommand>();
        builder.Services.AddTransient<SchemaCommand>();
        return builder.Build();
    }

    private static ToolInfo ToolIdentity()
    {
        var version = typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new ToolInfo("healthreview", version, "none");
    }
}
