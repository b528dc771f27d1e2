using System.Globalization;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using Spectre.Console;

namespace HealthReview.Reporting.Console;

/// <summary>The console's account of what was read: apps by kind, files by status, every problem on one line.</summary>
public static class ConsoleInventory
{
    public static void Write(IAnsiConsole console, ScanResult result, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var snapshot = result.Snapshot;
        var inputs = snapshot.Inputs;
        int Count(InputStatus status) => inputs.Count(i => i.Status == status);

        console.MarkupLine(Invariant($"[bold]{Markup.Escape(result.Tool.Name)} {Markup.Escape(result.Tool.Version)}[/] — rules {Markup.Escape(result.Tool.RulesVersion)} — {ResultsTime(result)}"));
        console.MarkupLine(Invariant($"Scanned {snapshot.ScannedPaths.Count} path{Plural(snapshot.ScannedPaths.Count)}: {inputs.Count} file{Plural(inputs.Count)} ({Count(InputStatus.Parsed)} parsed, {Count(InputStatus.Ignored)} ignored, [{(Count(InputStatus.Error) > 0 ? "red" : "default")}]{Count(InputStatus.Error)} in error[/])"));

        var ecas = snapshot.Apps.Count(a => a.Kind == AppKind.ExternalClientApp);
        var cas = snapshot.Apps.Count(a => a.Kind == AppKind.ConnectedApp);
        console.MarkupLine(Invariant($"Apps: {ecas} External Client App{Plural(ecas)}, {cas} Connected App{Plural(cas)}{(snapshot.OrgSettings is null ? string.Empty : ", org settings (ExternalClientApp.settings)")}"));
        if (snapshot.Apps.Count > 0 && (verbose || snapshot.Apps.Count <= 50))
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("App").AddColumn("Kind").AddColumn(new TableColumn("Files").RightAligned()).AddColumn("Notes");
            foreach (var app in snapshot.Apps)
            {
                table.AddRow(
                    Markup.Escape(app.Name),
                    app.Kind == AppKind.ExternalClientApp ? "External Client App" : "Connected App",
                    app.Files.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(app.Problems.Count == 0 ? string.Empty : string.Join("; ", app.Problems)));
            }

            console.Write(table);
        }

        WriteDiagnostics(console, snapshot.Diagnostics, DiagnosticSeverity.Error, "red", "Errors (these files contributed nothing)");
        WriteDiagnostics(console, snapshot.Diagnostics, DiagnosticSeverity.Warning, "yellow", "Warnings");
        WriteUnknown(console, snapshot.UnknownElements, verbose);
    }

    private static void WriteDiagnostics(IAnsiConsole console, IReadOnlyList<InputDiagnostic> diagnostics, DiagnosticSeverity severity, string colour, string title)
    {
        var selected = diagnostics.Where(d => d.Severity == severity).ToList();
        if (selected.Count == 0)
        {
            return;
        }

        console.MarkupLine(Invariant($"[{colour}]{title}: {selected.Count}[/]"));
        foreach (var diagnostic in selected)
        {
            console.Write(new UnwrappedLine("  " + diagnostic.ToDisplayString(), Style.Parse(colour)));
        }
    }

    /// <summary>Unknown elements are listed once each, with how many files carry them: Salesforce adds fields every release.</summary>
    private static void WriteUnknown(IAnsiConsole console, IReadOnlyList<UnknownElement> unknown, bool verbose)
    {
        if (unknown.Count == 0)
        {
            return;
        }

        var groups = unknown.GroupBy(u => (u.MetadataType, u.ElementPath)).OrderBy(g => g.Key.MetadataType, StringComparer.Ordinal).ThenBy(g => g.Key.ElementPath, StringComparer.Ordinal).ToList();
        console.MarkupLine(Invariant($"Unknown elements (kept, not used): {groups.Count}"));
        foreach (var group in groups)
        {
            var first = group.First().Location;
            var where = verbose ? string.Join(", ", group.Select(g => g.Location.ToString())) : $"{first}{(group.Count() > 1 ? Invariant($" and {group.Count() - 1} more") : string.Empty)}";
            console.MarkupLine(Markup.Escape(Invariant($"  {group.Key.MetadataType} <{group.Key.ElementPath}>: {where}")));
        }
    }

    private static string ResultsTime(ScanResult result) => Json.ResultsJson.Timestamp(result.GeneratedAt);

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
