using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthReview.Core.Cvss;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Json;

/// <summary>Maps a <see cref="ScanResult"/> to results.json; the options make the bytes stable.</summary>
public static class ResultsJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string SeverityWord(CvssSeverity severity) => severity.ToString().ToLowerInvariant();

    public static ResultsDocument ToDocument(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var snapshot = result.Snapshot;
        var scores = result.Summary?.Apps.ToDictionary(a => (a.App, a.Kind), a => a.Score) ?? [];
        return new ResultsDocument(
            ScanResult.SchemaVersion,
            new ToolDocument(result.Tool.Name, result.Tool.Version, result.Tool.RulesVersion),
            Timestamp(result.GeneratedAt),
            result.Summary is { } summary ? Summary(summary, snapshot.Apps.Count) : null,
            snapshot.ScannedPaths,
            [.. snapshot.Inputs.Select(i => new InputDocument(i.Path, i.Sha256, i.SizeBytes, i.MetadataType, Word(i.Status), i.Message, i.Line, i.Column, i.AppName))],
            [.. snapshot.Apps.Select(a =>
            {
                var score = scores.GetValueOrDefault((a.Name, a.Kind));
                return new AppDocument(a.Name, a.Kind.ToString(), score?.Score, score?.Grade ?? Grade.NotRated, a.Files, a.Problems);
            })],
            [.. result.Findings.Select(Finding)],
            [.. snapshot.Diagnostics.Select(d => new DiagnosticDocument(
                Word(d.Severity), d.Code, d.Location.Path, d.Location.Line > 0 ? d.Location.Line : null, d.Location.Column > 0 ? d.Location.Column : null, d.Message))],
            [.. result.Rules.Select(Rule)],
            result.Config is { } config ? Config(config) : null,
            [.. snapshot.UnknownElements.Select(u => new UnknownElementDocument(u.MetadataType, u.ElementPath, u.Location.Path, u.Location.Line > 0 ? u.Location.Line : null))],
            result.Baseline is { } b ? new BaselineDocument(b.Source, b.PreviousGeneratedAt, b.PreviousScore, b.ScoreChange) : null,
            result.Baseline is { } resolved
                ? [.. resolved.Resolved.Select(r => new ResolvedDocument(r.RuleId, r.App, r.AppKind.ToString(), SeverityWord(r.Severity), r.Score, r.Message, Word(r.NowStatus)))]
                : null);
    }

    /// <summary>Enum values as the lower-camel words of the contract (Parsed → parsed, NotApplicable → notApplicable).</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
        => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static SummaryDocument Summary(ScanSummary summary, int apps) => new(
        summary.Org.Score,
        summary.Org.Grade,
        apps,
        new OpenDocument(summary.OpenCritical, summary.OpenHigh, summary.OpenMedium, summary.OpenLow),
        new GateDocument(summary.Gate.FailOn is { } level ? SeverityWord(level) : "none", summary.Gate.MinScore, summary.Gate.Passed, summary.Gate.Reasons),
        new CoverageDocument(summary.Org.Evaluated, summary.Org.NotApplicable, summary.Org.NotEvaluated, summary.Org.Total, summary.Org.Coverage));

    private static FindingDocument Finding(Finding f) => new(
        f.RuleId,
        f.App,
        f.AppKind.ToString(),
        Word(f.Status),
        SeverityWord(f.Severity),
        f.Cvss is { } c ? new CvssDocument(c.Vector, c.ContextualVector, c.BaseScore, c.Score, new RangeDocument(c.Range.Min, c.Range.Max), c.Vector4) : null,
        f.Expected,
        f.Actual,
        f.Location is { } l ? new LocationDocument(l.Path, l.Line) : null,
        f.Message,
        f.Reasons,
        [.. f.Modifiers.Select(m => new ModifierDocument(m.Id, m.Effect, m.Metrics, m.Reason))],
        f.Acceptance is { } a ? new AcceptanceDocument(a.Reason, a.Owner, Date(a.Expires), a.Expired) : null,
        f.Attestation is { } t ? new AttestationDocument(t.Value, t.By, Date(t.Date)) : null,
        f.Baseline is { } state ? Word(state) : null);

    private static RuleDocument Rule(RuleInfo r) => new(
        r.Id,
        r.Title,
        r.Revision,
        r.Recommended,
        new RuleTextDocument(r.Overview, r.SecurityRisk, r.ThreatScenarios, r.RiskImpact, r.HigherRiskWhen, r.LowRiskWhen, r.BusinessConsiderations),
        [.. r.Kinds.Select(k => new RuleKindDocument(k.Kind.ToString(), k.ControlName, k.Setup, k.MetadataFile, k.MetadataChange, new RangeDocument(k.Range.Min, k.Range.Max), k.Vector, k.BaseScore, k.Vector4))],
        [.. r.References.Select(x => new ReferenceDocument(x.Title, x.Url))],
        r.Compliance,
        r.RiskSource,
        r.RiskSourceNote,
        r.Thresholds,
        r.Source,
        r.Sha256);

    private static ConfigDocument Config(ConfigInfo c) => new(
        c.Source,
        c.Sha256,
        [.. c.Acceptances.Select(a => new AcceptanceDeclarationDocument(a.Rule, a.App, a.Reason, a.Owner, Date(a.Expires), a.Expired, a.Matched))],
        [.. c.Attestations.Select(a => new AttestationDeclarationDocument(a.Rule, a.App, a.Value, a.By, Date(a.Date), a.Used))]);

}
