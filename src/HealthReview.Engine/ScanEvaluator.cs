using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine.Config;
using HealthReview.Engine.Evaluation;
using HealthReview.Engine.Fields;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Scoring;

namespace HealthReview.Engine;

/// <summary>The engine's entry point: a snapshot, the rules and the config → findings, scores and the gate.</summary>
public static class ScanEvaluator
{
    public static ScanResult Evaluate(ScanResult loaded, RuleCatalog catalog, ScanConfig config, GatePolicy gate)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(gate);
        var snapshot = loaded.Snapshot;
        var today = DateOnly.FromDateTime(loaded.GeneratedAt.UtcDateTime);
        // Apps are evaluated side by side: each reads only the immutable snapshot, rules and config. AsOrdered keeps the
        // snapshot's order going into the sort below, so the result never depends on thread timing.
        var findings = snapshot.Apps
            .AsParallel()
            .AsOrdered()
            .SelectMany(app =>
            {
                var source = new FieldSource(app.Kind, app, snapshot);
                return catalog.Rules.Where(r => r.AppliesTo.Contains(app.Kind)).Select(r => RuleEvaluator.Evaluate(r, source, config, today));
            })
            .ToList();

        var org = new FieldSource(AppKind.Org, null, snapshot);
        findings.AddRange(catalog.Rules.Where(r => r.AppliesTo.Contains(AppKind.Org)).Select(r => RuleEvaluator.Evaluate(r, org, config, today)));
        findings.Sort((a, b) =>
        {
            var byApp = string.CompareOrdinal(a.App, b.App);
            if (byApp != 0)
            {
                return byApp;
            }

            var byKind = a.AppKind.CompareTo(b.AppKind);
            return byKind != 0 ? byKind : string.CompareOrdinal(a.RuleId, b.RuleId);
        });

        var orgScore = PostureScorer.Score(findings);
        var appScores = findings.Where(f => f.AppKind != AppKind.Org)
            .GroupBy(f => (f.App, f.AppKind))
            .Select(g => new AppScore(g.Key.App, g.Key.AppKind, PostureScorer.Score(g.ToList())))
            .ToList();
        int Open(CvssSeverity severity) => findings.Count(f => f.IsOpen && f.Severity == severity);
        var summary = new ScanSummary(orgScore, appScores, Open(CvssSeverity.Critical), Open(CvssSeverity.High), Open(CvssSeverity.Medium), Open(CvssSeverity.Low), gate.Evaluate(findings, orgScore));

        return loaded with
        {
            Tool = loaded.Tool with { RulesVersion = catalog.Version },
            Findings = findings,
            Rules = [.. catalog.Rules.Select(r => RuleInfoMapper.Map(r, RuleEvaluator.EffectiveThresholds(r, config)))],
            Summary = summary,
            Config = ConfigInfoOf(config, findings, today),
        };
    }

    private static ConfigInfo ConfigInfoOf(ScanConfig config, List<Finding> findings, DateOnly today) => new(
        config.Source,
        config.Sha256,
        [.. config.Acceptances.Select(a => new AcceptanceDeclaration(a.Rule, a.App, a.Reason, a.Owner, a.Expires, a.Expires < today,
            findings.Any(f => f.RuleId == a.Rule && f.Acceptance is not null && (a.App == "*" || f.App == a.App))))],
        [.. config.Attestations.Select(a => new AttestationDeclaration(a.Rule, a.App, a.Value, a.By, a.Date,
            findings.Any(f => f.RuleId == a.Rule && f.Attestation is not null && (a.App == "*" || f.App == a.App))))]);
}
