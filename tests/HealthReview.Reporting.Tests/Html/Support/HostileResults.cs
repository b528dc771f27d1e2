using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Tests.Html.Support;

/// <summary>A scan result whose every string that a report prints is an attempt to inject markup or script.</summary>
public static class HostileResults
{
    public const string ImgTag = "<img src=x onerror=alert(1)>";
    public const string ScriptTag = "<script>alert(2)</script>";
    public const string JavascriptUrl = "javascript:alert(1)";
    public const string Quotes = "Tom&Jerry\"'";
    public const string AttributeBreak = "\"><svg onload=alert(3)>";
    public const string ScriptClose = "</script><script>alert(4)</script>";
    public const string SingleQuoteBreak = "' onmouseover='alert(5)' x='";
    public const string StyleBreak = "</style><style>body{display:none}</style>";
    public const string TemplateSyntax = "{{ r.title }}{% raw %}";

    public static IReadOnlyList<string> All { get; } = [ImgTag, ScriptTag, JavascriptUrl, Quotes, AttributeBreak, ScriptClose, SingleQuoteBreak, StyleBreak, TemplateSyntax];

    public static ScanResult Build()
    {
        var appNames = new[] { Quotes, ImgTag, AttributeBreak };
        var rule = SampleResults.Rule("HOSTILE-RULE") with
        {
            Title = ScriptTag,
            Recommended = StyleBreak,
            Overview = ImgTag,
            SecurityRisk = ScriptClose,
            ThreatScenarios = AttributeBreak,
            References = [new RuleReferenceInfo(ScriptTag, JavascriptUrl), new RuleReferenceInfo("data", "data:text/html,<script>alert(6)</script>")],
            Compliance = new Dictionary<string, IReadOnlyList<string>> { [ImgTag] = [ScriptTag] },
            Thresholds = new Dictionary<string, double> { [AttributeBreak] = 1 },
            Source = ScriptClose,
            Kinds = [.. SampleResults.Rule("X").Kinds.Select(k => k with { ControlName = ImgTag, Setup = ScriptTag, MetadataFile = AttributeBreak, MetadataChange = ScriptClose })],
        };
        var second = SampleResults.Rule(ImgTag);
        var findings = new List<Finding>();
        foreach (var (app, i) in appNames.Select((a, i) => (a, i)))
        {
            var kind = i == 1 ? AppKind.ConnectedApp : AppKind.ExternalClientApp;
            foreach (var (r, status) in new[] { (rule.Id, FindingStatus.Fail), (second.Id, i == 0 ? FindingStatus.Waived : FindingStatus.NotEvaluated) })
            {
                findings.Add(SampleResults.MakeFinding(r, app, kind, status, 8.2, i) with
                {
                    Message = $"{ScriptTag} callback {JavascriptUrl}",
                    Expected = SingleQuoteBreak,
                    Actual = JavascriptUrl,
                    Location = new FindingLocation(ImgTag, 3),
                    Reasons = [ScriptClose, StyleBreak, TemplateSyntax],
                    Modifiers = [new AppliedModifier(AttributeBreak, ImgTag, new Dictionary<string, string> { [ScriptTag] = JavascriptUrl }, ScriptClose)],
                    Acceptance = status == FindingStatus.Waived ? new AcceptanceInfo(ImgTag, Quotes, new DateOnly(2027, 1, 1), false) : null,
                    Attestation = new AttestationInfo(ScriptTag, AttributeBreak, new DateOnly(2026, 1, 1)),
                    Baseline = BaselineState.New,
                });
            }
        }

        var result = SampleResults.Result(
            findings,
            [rule, second],
            [.. appNames.Select((a, i) => SampleResults.App(a, i == 1 ? AppKind.ConnectedApp : AppKind.ExternalClientApp, ImgTag, ScriptTag))]);
        return result with
        {
            Snapshot = result.Snapshot with
            {
                ScannedPaths = [AttributeBreak, ScriptClose],
                Inputs = [new InputFile(ImgTag, ScriptTag, 1, AttributeBreak, InputStatus.Error, ScriptClose, 1, 2, Quotes)],
                Diagnostics = [new InputDiagnostic(DiagnosticSeverity.Error, ImgTag, new SourceLocation(ScriptTag, 1, 1), StyleBreak)],
                UnknownElements = [new UnknownElement(ImgTag, ScriptTag, new SourceLocation(AttributeBreak, 2, 2))],
                SecretMarkers = [new SecretMarker(SecretKind.PrivateKey, new SourceLocation(ImgTag, 1, 1), ScriptTag, AppKind.ConnectedApp)],
            },
            Config = new ConfigInfo(
                ImgTag,
                ScriptTag,
                [new AcceptanceDeclaration(rule.Id, Quotes, ScriptClose, AttributeBreak, new DateOnly(2027, 1, 1), false, true)],
                [new AttestationDeclaration(ScriptTag, ImgTag, JavascriptUrl, StyleBreak, new DateOnly(2026, 1, 1), true)]),
            Baseline = new BaselineComparison(ScriptTag, ImgTag, 50, -3.5, [new ResolvedFinding(ScriptTag, ImgTag, AppKind.ConnectedApp, CvssSeverity.High, 7.1, StyleBreak, FindingStatus.Pass)]),
            Summary = result.Summary! with { Gate = new GateResult(CvssSeverity.High, 90, false, [ImgTag, ScriptClose]) },
        };
    }
}
