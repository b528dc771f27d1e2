using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Engine.Baseline;

/// <summary>
/// Marks each open or waived finding new or unchanged against an earlier scan, and lists the findings that were open
/// then and are not now. Identity is (rule id, app kind, app name), so moving or reformatting files changes nothing.
/// </summary>
public static class BaselineComparer
{
    public static ScanResult Compare(ScanResult current, ScanResult previous, string source)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var before = previous.Findings.Where(Counts).Select(Key).ToHashSet();
        var now = current.Findings.Where(Counts).Select(Key).ToHashSet();
        var statusNow = current.Findings.ToDictionary(Key, f => f.Status);
        var findings = current.Findings
            .Select(f => Counts(f) ? f with { Baseline = before.Contains(Key(f)) ? BaselineState.Unchanged : BaselineState.New } : f)
            .ToList();
        var resolved = previous.Findings
            .Where(f => Counts(f) && !now.Contains(Key(f)))
            .Select(f => new ResolvedFinding(f.RuleId, f.App, f.AppKind, f.Severity, f.Cvss?.Score, f.Message, statusNow.GetValueOrDefault(Key(f), FindingStatus.NotApplicable)))
            .ToList();
        double? previousScore = previous.Summary?.Org.Score;
        double? change = current.Summary?.Org.Score is { } score && previousScore is { } old ? Math.Round(score - old, 1, MidpointRounding.AwayFromZero) : null;
        return current with
        {
            Findings = findings,
            Baseline = new BaselineComparison(source, Json(previous.GeneratedAt), previousScore, change, resolved),
        };
    }

    /// <summary>Open and waived findings are the ones a baseline tracks.</summary>
    private static bool Counts(Finding finding) => finding.Status is FindingStatus.Fail or FindingStatus.Waived;

    private static (string, AppKind, string) Key(Finding finding) => (finding.RuleId, finding.AppKind, finding.App);

    private static string Json(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
