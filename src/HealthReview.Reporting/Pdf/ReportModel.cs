using System.Globalization;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// What every section needs, worked out once: the open findings in report order with their references (F-001…) and
/// link targets, the rules by id, and the page registry for the contents.
/// </summary>
internal sealed class ReportModel
{
    public const string ReportTitle = "Salesforce OAuth Security Health Review";

    public const string SummaryAnchor = "summary";
    public const string MatrixAnchor = "matrix";
    public const string FindingsAnchor = "findings";
    public const string AcceptedAnchor = "accepted-risks";
    public const string NotEvaluatedAnchor = "not-evaluated";
    public const string InventoryAnchor = "appendix-inputs";
    public const string CatalogueAnchor = "appendix-rules";
    public const string ConfigAnchor = "appendix-config";
    public const string ScoringAnchor = "appendix-scoring";
    public const string GuideAnchor = "guide";

    private readonly Dictionary<Finding, int> openIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, RuleInfo> rules;
    private readonly Dictionary<string, Finding> firstOpenOfRule = new(StringComparer.Ordinal);
    private readonly string referenceFormat;

    public ReportModel(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
        rules = result.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Open = [.. result.Findings.Where(f => f.IsOpen)
            .OrderByDescending(f => f.Cvss?.Score ?? 0)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.App, StringComparer.Ordinal)
            .ThenBy(f => f.AppKind)];
        for (var i = 0; i < Open.Count; i++)
        {
            openIndex[Open[i]] = i;
            firstOpenOfRule.TryAdd(Open[i].RuleId, Open[i]);
        }

        referenceFormat = "F-" + new string('0', Math.Max(3, Open.Count.ToString(CultureInfo.InvariantCulture).Length));
        Accepted = [.. result.Findings.Where(f => f.Acceptance is not null)
            .OrderBy(f => f.Acceptance!.Expired ? 0 : 1)
            .ThenByDescending(f => f.Cvss?.Score ?? 0)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.App, StringComparer.Ordinal)];
        NotEvaluated = [.. result.Findings.Where(f => f.Status == FindingStatus.NotEvaluated)];
        Waived = result.Findings.Count(f => f.Status == FindingStatus.Waived);
        ExportName = result.Snapshot.ScannedPaths.Count > 0 ? string.Join(", ", result.Snapshot.ScannedPaths) : "(no path given)";
    }

    public ScanResult Result { get; }

    public ScanSummary? Summary => Result.Summary;

    public double? Score => Result.Summary?.Org.Score;

    public string Grade => Result.Summary?.Org.Grade ?? Core.Results.Grade.NotRated;

    /// <summary>Open findings, worst first: contextual score, severity, rule id, app.</summary>
    public IReadOnlyList<Finding> Open { get; }

    /// <summary>Findings with a risk acceptance, expired ones first.</summary>
    public IReadOnlyList<Finding> Accepted { get; }

    public IReadOnlyList<Finding> NotEvaluated { get; }

    public int Waived { get; }

    public string ExportName { get; }

    public PageNumberRegistry Pages { get; } = new();

    public string Classification => string.IsNullOrWhiteSpace(Result.Classification) ? ScanResult.DefaultClassification : Result.Classification;

    public RuleInfo? Rule(string id) => rules.GetValueOrDefault(id);

    public RuleKindInfo? Kind(Finding finding) => Rule(finding.RuleId)?.Kinds.FirstOrDefault(k => k.Kind == finding.AppKind);

    public string Title(Finding finding) => Rule(finding.RuleId)?.Title ?? finding.RuleId;

    public bool IsOpen(Finding finding) => openIndex.ContainsKey(finding);

    /// <summary>The worst open finding of the finding's control: the one that carries the control's text in full.</summary>
    public Finding FirstOpenOfControl(Finding finding) => firstOpenOfRule.GetValueOrDefault(finding.RuleId, finding);

    /// <summary>F-001 for the worst open finding.</summary>
    public string Reference(Finding finding) =>
        openIndex.TryGetValue(finding, out var i) ? (i + 1).ToString(referenceFormat, CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The control's references and compliance mappings in Appendix B.</summary>
    public static string RuleAnchor(string ruleId) => "rule-" + ruleId;

    public string Anchor(Finding finding) => "finding-" + (openIndex[finding] + 1).ToString(CultureInfo.InvariantCulture);

    public string AppLabel(Finding finding) => finding.AppKind == AppKind.Org ? "Org-wide settings" : finding.App;

    public int AppCount(AppKind kind) => Result.Snapshot.Apps.Count(a => a.Kind == kind);
}
