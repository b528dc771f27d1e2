using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>The sections after the findings: acceptances, what could not be evaluated, the inventory and the apps.</summary>
internal static class AppendixViews
{
    public static AcceptancesView Acceptances(ScanResult result, ReportIndex index)
    {
        var config = result.Config;
        var declared = config?.Acceptances ?? [];
        return new AcceptancesView(
            [.. declared.Select(a => new AcceptanceView(
                a.Rule,
                a.App,
                a.Reason,
                a.Owner,
                Format.Date(a.Expires),
                a.Expired ? "expired" : a.Matched ? "active" : "unused",
                a.Expired ? "Expired: the finding is open again" : a.Matched ? "Active: waives a failing finding" : "Unused: no failing finding matched",
                Link(index, a.Rule, a.App)))],
            config?.Source,
            config?.Sha256,
            [.. (config?.Attestations ?? []).Select(a => new AttestationView(a.Rule, a.App, a.Value, a.By, Format.Date(a.Date), a.Used ? "Used" : "Unused"))]);
    }

    /// <summary>Grouped by control and reason (reasons rarely depend on the app), so 2,000 apps make a short list.</summary>
    public static IReadOnlyList<NotEvaluatedView> NotEvaluated(ScanResult result, ReportIndex index) =>
        [.. result.Findings
            .Select((f, i) => (Finding: f, Index: i))
            .Where(x => x.Finding.Status == FindingStatus.NotEvaluated)
            .GroupBy(x => (x.Finding.RuleId, Reason: x.Finding.Reasons.Count > 0 ? string.Join(" ", x.Finding.Reasons) : x.Finding.Message))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Reason, StringComparer.Ordinal)
            .Select(g => new NotEvaluatedView(
                g.Key.RuleId,
                index.Rule(g.Key.RuleId) is { } rule ? ReportIndex.RuleAnchor(rule.Index) : string.Empty,
                g.Key.Reason,
                [.. g.Select(x => new AppLinkView(
                    "#" + ReportIndex.FindingId(x.Index),
                    x.Finding.AppKind == AppKind.Org ? "Org settings" : x.Finding.App,
                    Labels.Short(x.Finding.AppKind)))]))];

    public static InventoryView Inventory(ExportSnapshot snapshot) => new(
        [.. snapshot.Inputs.Select(i => new InputView(
            i.Path,
            i.MetadataType ?? Format.Dash,
            i.Status.ToString().ToLowerInvariant(),
            i.Status.ToString(),
            Format.Size(i.SizeBytes),
            i.Sha256 ?? Format.Dash,
            i.Message is null ? null : i.Line is { } line ? $"{i.Message} (line {Format.Int(line)}{(i.Column is { } col ? $", column {Format.Int(col)}" : string.Empty)})" : i.Message,
            i.AppName))],
        Format.Count(snapshot.Inputs.Count(i => i.Status == InputStatus.Parsed)),
        Format.Count(snapshot.Inputs.Count(i => i.Status == InputStatus.Ignored)),
        Format.Count(snapshot.Inputs.Count(i => i.Status == InputStatus.Error)),
        [.. snapshot.Diagnostics.Select(d => new DiagnosticView(d.Severity.ToString().ToLowerInvariant(), d.Severity.ToString(), d.Code, Where(d.Location), d.Message))],
        [.. snapshot.UnknownElements.Select(u => new UnknownElementView(u.MetadataType, u.ElementPath, Where(u.Location)))],
        [.. snapshot.SecretMarkers.Select(s => new SecretMarkerView(s.Kind.ToString(), Where(s.Location), s.AppName ?? Format.Dash))]);

    public static IReadOnlyList<AppView> Apps(ScanResult result)
    {
        var scores = result.Summary?.Apps.ToDictionary(a => (a.App, a.Kind), a => a.Score) ?? [];
        var open = result.Findings.Where(f => f.IsOpen).GroupBy(f => (f.App, f.AppKind)).ToDictionary(g => g.Key, g => g.Count());
        return [.. result.Snapshot.Apps.Select(app =>
        {
            var score = scores.GetValueOrDefault((app.Name, app.Kind));
            var (label, description) = app switch
            {
                ConnectedApp { Definition: { } d } => (d.Label, d.Description),
                ExternalClientApp { Header: { } h } => (h.Label, h.Description),
                _ => (Setting<string>.Absent, Setting<string>.Absent),
            };
            return new AppView(
                app.Name,
                Labels.Label(app.Kind),
                label.IsPresent ? label.Value : null,
                description.IsPresent ? description.Value : null,
                Format.Score(score?.Score),
                score?.Grade ?? Grade.NotRated,
                GradeKeys.For(score?.Grade),
                Format.Count(open.GetValueOrDefault((app.Name, app.Kind))),
                app.Files,
                app.Problems);
        })];
    }

    private static string Where(SourceLocation location) =>
        location.Line > 0 ? (location.Column > 0 ? $"{location.Path}:{Format.Int(location.Line)}:{Format.Int(location.Column)}" : $"{location.Path}:{Format.Int(location.Line)}") : location.Path;

    private static string? Link(ReportIndex index, string rule, string app) =>
        Labels.Kinds.Select(k => index.Finding(rule, app, k)).FirstOrDefault(i => i is not null) is { } i ? "#" + ReportIndex.FindingId(i) : null;
}
