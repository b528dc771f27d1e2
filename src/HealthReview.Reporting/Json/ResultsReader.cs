using System.Globalization;
using System.Text.Json;
using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Json;

/// <summary>
/// Reads a results.json back into a <see cref="ScanResult"/>, so <c>healthreview report --from</c> re-renders any format
/// without the original export, and <c>--baseline</c> can compare against an earlier scan.
/// </summary>
public static class ResultsReader
{
    public static ScanResult Read(Stream json, string source)
    {
        ResultsDocument document;
        try
        {
            document = JsonSerializer.Deserialize<ResultsDocument>(json, ResultsJson.Options)
                ?? throw new InvalidDataException($"{source}: empty results file");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not a HealthReview results file ({ex.Message.Split(". ")[0]}, line {(ex.LineNumber ?? 0) + 1})", ex);
        }

        if (document.SchemaVersion != ScanResult.SchemaVersion)
        {
            throw new InvalidDataException($"{source}: schemaVersion '{document.SchemaVersion}' is not supported (expected {ScanResult.SchemaVersion})");
        }

        try
        {
            return ToResult(document);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NullReferenceException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{source}: not a complete HealthReview results file ({ex.Message})", ex);
        }
    }

    private static ScanResult ToResult(ResultsDocument d)
    {
        var findings = d.Findings.Select(Finding).ToList();
        var apps = d.Apps.Select(App).ToList();
        var snapshot = new ExportSnapshot
        {
            Inputs = [.. d.Inputs.Select(i => new InputFile(i.Path, i.Sha256, i.SizeBytes, i.MetadataType, Enum<InputStatus>(i.Status), i.Message, i.Line, i.Column, i.App))],
            Apps = apps,
            Diagnostics = [.. d.Diagnostics.Select(x => new InputDiagnostic(Enum<DiagnosticSeverity>(x.Severity), x.Code, new SourceLocation(x.Path, x.Line ?? 0, x.Column ?? 0), x.Message))],
            UnknownElements = [.. (d.UnknownElements ?? []).Select(u => new UnknownElement(u.MetadataType, u.Element, new SourceLocation(u.Path, u.Line ?? 0, 0)))],
            ScannedPaths = d.ScannedPaths,
        };

        ScanSummary? summary = null;
        if (d.Summary is { } s)
        {
            var org = new PostureScore(s.Score, s.Grade, s.Coverage.Evaluated, s.Coverage.NotApplicable, s.Coverage.NotEvaluated, s.Coverage.Total);
            var appScores = d.Apps.Select(a =>
            {
                var own = findings.Where(f => f.App == a.Name && f.AppKind.ToString() == a.Kind).ToList();
                return new AppScore(a.Name, Enum<AppKind>(a.Kind), Counted(a.Score, a.Grade, own));
            }).Where(a => findings.Any(f => f.App == a.App && f.AppKind == a.Kind)).ToList();
            summary = new ScanSummary(org, appScores, s.Open.Critical, s.Open.High, s.Open.Medium, s.Open.Low, new GateResult(
                s.Gate.FailOn == "none" ? null : Enum<CvssSeverity>(s.Gate.FailOn), s.Gate.MinScore, s.Gate.Passed, s.Gate.Reasons));
        }

        return new ScanResult
        {
            Tool = new ToolInfo(d.Tool.Name, d.Tool.Version, d.Tool.RulesVersion),
            GeneratedAt = DateTimeOffset.Parse(d.GeneratedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            Snapshot = snapshot,
            Findings = findings,
            Rules = [.. d.Rules.Select(Rule)],
            Summary = summary,
            Config = d.Config is { } c ? new ConfigInfo(
                c.Path,
                c.Sha256,
                [.. c.Acceptances.Select(a => new AcceptanceDeclaration(a.Rule, a.App, a.Reason, a.Owner, Date(a.Expires), a.Expired, a.Matched))],
                [.. c.Attestations.Select(a => new AttestationDeclaration(a.Rule, a.App, a.Value, a.By, Date(a.Date), a.Used))]) : null,
            Baseline = d.Baseline is { } b ? new BaselineComparison(b.Path, b.PreviousGeneratedAt, b.PreviousScore, b.ScoreChange,
                [.. (d.Resolved ?? []).Select(r => new ResolvedFinding(r.RuleId, r.App, Enum<AppKind>(r.AppKind), Enum<CvssSeverity>(r.Severity), r.Score, r.Message, Enum<FindingStatus>(r.NowStatus)))]) : null,
        };
    }

    private static PostureScore Counted(double? score, string grade, List<Finding> findings) => new(
        score,
        grade,
        findings.Count(f => f.Status is FindingStatus.Pass or FindingStatus.Fail or FindingStatus.Waived),
        findings.Count(f => f.Status == FindingStatus.NotApplicable),
        findings.Count(f => f.Status == FindingStatus.NotEvaluated),
        findings.Count);

    private static OAuthClient App(AppDocument a) => Enum<AppKind>(a.Kind) switch
    {
        AppKind.ExternalClientApp => new ExternalClientApp { Name = a.Name, Files = a.Files, Problems = a.Problems },
        _ => new ConnectedApp { Name = a.Name, Files = a.Files, Problems = a.Problems },
    };

    private static Finding Finding(FindingDocument f) => new()
    {
        RuleId = f.RuleId,
        App = f.App,
        AppKind = Enum<AppKind>(f.AppKind),
        Status = Enum<FindingStatus>(f.Status),
        Severity = Enum<CvssSeverity>(f.Severity),
        Cvss = f.Cvss is { } c ? new FindingCvss(c.Vector, c.ContextualVector, c.BaseScore, c.Score, new ScoreRange(c.Range.Min, c.Range.Max), c.Vector4) : null,
        Expected = f.Expected,
        Actual = f.Actual,
        Location = f.Location is { } l ? new FindingLocation(l.Path, l.Line) : null,
        Message = f.Message,
        Reasons = f.Reasons,
        Modifiers = [.. f.Modifiers.Select(m => new AppliedModifier(m.Id, m.Effect, m.Metrics, m.Reason))],
        Acceptance = f.Acceptance is { } a ? new AcceptanceInfo(a.Reason, a.Owner, Date(a.Expires), a.Expired) : null,
        Attestation = f.Attestation is { } t ? new AttestationInfo(t.Value, t.By, Date(t.Date)) : null,
        Baseline = f.Baseline is { } b ? Enum<BaselineState>(b) : null,
    };

    private static RuleInfo Rule(RuleDocument r) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Revision = r.Revision,
        Recommended = r.Recommended,
        Overview = r.Text.Overview,
        SecurityRisk = r.Text.SecurityRisk,
        ThreatScenarios = r.Text.ThreatScenarios,
        RiskImpact = r.Text.RiskImpact,
        HigherRiskWhen = r.Text.HigherRiskWhen,
        LowRiskWhen = r.Text.LowRiskWhen,
        BusinessConsiderations = r.Text.BusinessConsiderations,
        Kinds = [.. r.Kinds.Select(k => new RuleKindInfo(Enum<AppKind>(k.Kind), k.ControlName, k.Setup, k.MetadataFile, k.MetadataChange, new ScoreRange(k.Range.Min, k.Range.Max), k.Vector, k.BaseScore, k.Vector4))],
        References = [.. r.References.Select(x => new RuleReferenceInfo(x.Title, x.Url))],
        Compliance = r.Compliance,
        RiskSource = r.RiskSource,
        RiskSourceNote = r.RiskSourceNote,
        Thresholds = r.Thresholds,
        Source = r.Source,
        Sha256 = r.Sha256,
    };

    private static T Enum<T>(string word)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(word, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{word}' is not a valid {typeof(T).Name}");

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
