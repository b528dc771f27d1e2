using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Tests.Support;

/// <summary>Builds <see cref="ScanResult"/>s for writer tests: apps, rules and findings, with a summary and gate derived from them.</summary>
public sealed class ScanResultBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly List<OAuthClient> apps = [];
    private readonly List<RuleInfo> rules = [];
    private readonly List<Finding> findings = [];
    private readonly List<InputFile> inputs = [];
    private readonly List<InputDiagnostic> diagnostics = [];
    private CvssSeverity? failOn = CvssSeverity.High;
    private double? minScore;
    private BaselineComparison? baseline;
    private ExternalClientAppOrgSettings? orgSettings;

    public ScanResultBuilder App(string name, AppKind kind, params string[] files)
    {
        apps.Add(kind == AppKind.ConnectedApp
            ? new ConnectedApp { Name = name, Files = files }
            : new ExternalClientApp { Name = name, Files = files });
        foreach (var file in files)
        {
            inputs.Add(new InputFile(file, new string('0', 64), 100, kind == AppKind.ConnectedApp ? "ConnectedApp" : "ExternalClientApplication", InputStatus.Parsed, null, AppName: name));
        }

        return this;
    }

    public ScanResultBuilder OrgSettings(string path)
    {
        orgSettings = new ExternalClientAppOrgSettings { Location = new SourceLocation(path, 1, 1) };
        inputs.Add(new InputFile(path, new string('1', 64), 100, "ExternalClientAppSettings", InputStatus.Parsed, null));
        return this;
    }

    public ScanResultBuilder InputError(string path, string message, int line)
    {
        inputs.Add(new InputFile(path, new string('2', 64), 10, "ConnectedApp", InputStatus.Error, message, line, 3));
        diagnostics.Add(new InputDiagnostic(DiagnosticSeverity.Error, "xml-malformed", new SourceLocation(path, line, 3), message));
        return this;
    }

    public ScanResultBuilder Rule(RuleInfo rule)
    {
        rules.Add(rule);
        return this;
    }

    public ScanResultBuilder Rule(string id, string title, double baseScore, params AppKind[] kinds) => Rule(RuleOf(id, title, baseScore, kinds));

    public ScanResultBuilder Finding(Finding finding)
    {
        findings.Add(finding);
        return this;
    }

    public ScanResultBuilder Gate(CvssSeverity? level, double? minimum = null)
    {
        failOn = level;
        minScore = minimum;
        return this;
    }

    public ScanResultBuilder Baseline(double? previousScore, double? scoreChange, params ResolvedFinding[] resolved)
    {
        baseline = new BaselineComparison("previous/results.json", "2026-10-01T00:00:00Z", previousScore, scoreChange, resolved);
        return this;
    }

    public ScanResult Build()
    {
        var sorted = findings
            .OrderBy(f => f.App, StringComparer.Ordinal).ThenBy(f => f.AppKind).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var org = Score(sorted);
        var appScores = sorted.Where(f => f.AppKind != AppKind.Org).GroupBy(f => (f.App, f.AppKind))
            .Select(g => new AppScore(g.Key.App, g.Key.AppKind, Score([.. g])))
            .ToList();
        int Open(CvssSeverity s) => sorted.Count(f => f.IsOpen && f.Severity == s);
        var reasons = new List<string>();
        if (failOn is { } level)
        {
            reasons.AddRange(sorted.Where(f => f.IsOpen && f.Severity >= level)
                .OrderByDescending(f => f.Cvss?.Score ?? 0).ThenBy(f => f.App, StringComparer.Ordinal)
                .Select(f => $"{f.RuleId} on {f.App} ({f.AppKind}): {f.Severity.ToString().ToLowerInvariant()} {f.Cvss?.Score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (minScore is { } min && (org.Score ?? 0) < min)
        {
            reasons.Add($"org score is below --min-score {min}");
        }

        return new ScanResult
        {
            Tool = new ToolInfo("healthreview", "0.1.0", "sha256:abc123"),
            GeneratedAt = Now,
            Snapshot = new ExportSnapshot
            {
                Inputs = [.. inputs.OrderBy(i => i.Path, StringComparer.Ordinal)],
                Apps = [.. apps.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Kind)],
                Diagnostics = diagnostics,
                OrgSettings = orgSettings,
                ScannedPaths = ["export"],
            },
            Findings = sorted,
            Rules = [.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Summary = new ScanSummary(org, appScores, Open(CvssSeverity.Critical), Open(CvssSeverity.High), Open(CvssSeverity.Medium), Open(CvssSeverity.Low),
                new GateResult(failOn, minScore, reasons.Count == 0, reasons)),
            Baseline = baseline,
        };
    }

    public static RuleInfo RuleOf(string id, string title, double baseScore, params AppKind[] kinds) => new()
    {
        Id = id,
        Title = title,
        Revision = 1,
        Recommended = $"Configure {title.ToLowerInvariant()}.",
        Overview = $"Overview of {id}.",
        SecurityRisk = "Tokens can be stolen & replayed <quickly>.",
        ThreatScenarios = "An attacker intercepts a code.",
        RiskImpact = "Account takeover.",
        HigherRiskWhen = "Broad scopes.",
        LowRiskWhen = "Narrow scopes.",
        BusinessConsiderations = "Some clients need changes.",
        Kinds = [.. (kinds.Length == 0 ? [AppKind.ExternalClientApp, AppKind.ConnectedApp] : kinds).Select(k => new RuleKindInfo(
            k,
            $"{k}: {title}",
            $"Setup → {k} → (app) → Edit → {title}",
            k == AppKind.ConnectedApp ? "connectedApps/<App>.connectedApp-meta.xml" : "extlClntAppGlobalOauthSets/<App>.ecaGlblOauth-meta.xml",
            "<oauthConfig>\n    <isPkceRequired>true</isPkceRequired>\n</oauthConfig>\n",
            new ScoreRange(Math.Floor(baseScore), Math.Min(10, Math.Floor(baseScore) + 1.9)),
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N",
            baseScore,
            null))],
        References = [new RuleReferenceInfo("RFC 7636", "https://www.rfc-editor.org/rfc/rfc7636"), new RuleReferenceInfo("Salesforce Help", "https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_pkce.htm")],
        Compliance = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["sbs"] = ["SBS-OAUTH-002"],
            ["nist80053"] = ["IA-2", "SC-8"],
            ["iso27001"] = ["A.8.5"],
            ["soc2"] = ["CC6.1"],
        },
        RiskSource = "shr",
        Source = $"builtin:{id}.yaml",
        Sha256 = new string('a', 64),
    };

    /// <summary>A finding with a score; the severity follows the status (none unless fail or waived).</summary>
    public static Finding FindingOf(string ruleId, string app, AppKind kind, FindingStatus status, double score, string? path = null, int? line = null) => new()
    {
        RuleId = ruleId,
        App = app,
        AppKind = kind,
        Status = status,
        Severity = status is FindingStatus.Fail or FindingStatus.Waived ? CvssSeverityScale.FromScore(score) : CvssSeverity.None,
        Cvss = new FindingCvss("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N/MAC:L", 7.4, score, new ScoreRange(Math.Floor(score), Math.Min(10, Math.Floor(score) + 1.9)), null),
        Expected = "true",
        Actual = status == FindingStatus.Pass ? "true" : "false",
        Location = path is null ? null : new FindingLocation(path, line),
        Message = status switch
        {
            FindingStatus.Fail or FindingStatus.Waived => $"Not met: {ruleId}. isPkceRequired is false.",
            FindingStatus.NotEvaluated => "Could not be evaluated: the export has no ecaGlblOauth file for this app.",
            FindingStatus.NotApplicable => "OAuth is not enabled for this app, so it issues no tokens.",
            _ => $"{ruleId} is met.",
        },
        Reasons = status switch
        {
            FindingStatus.NotEvaluated => ["The export has no ecaGlblOauth file for this app: retrieve ExtlClntAppGlobalOauthSettings."],
            FindingStatus.NotApplicable => ["OAuth is not enabled for this app, so it issues no tokens."],
            _ => ["isPkceRequired is false (line 12)."],
        },
    };

    private static PostureScore Score(List<Finding> findings)
    {
        var evaluated = findings.Where(f => f.Status is FindingStatus.Pass or FindingStatus.Fail or FindingStatus.Waived).ToList();
        var na = findings.Count(f => f.Status == FindingStatus.NotApplicable);
        var ne = findings.Count(f => f.Status == FindingStatus.NotEvaluated);
        double? score = evaluated.Count == 0 ? null : Math.Round(100.0 * evaluated.Count(f => f.Status != FindingStatus.Fail) / evaluated.Count, 1);
        return new PostureScore(score, Grade.For(score), evaluated.Count, na, ne, findings.Count);
    }
}
