using HealthReview.Core.Results;

namespace HealthReview.Engine.Rules;

/// <summary>Copies what reports need from a rule definition into the engine-independent <see cref="RuleInfo"/>.</summary>
public static class RuleInfoMapper
{
    public static RuleInfo Map(RuleDefinition rule, IReadOnlyDictionary<string, double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleInfo
        {
            Id = rule.Id,
            Title = rule.Title,
            Revision = rule.Revision,
            Recommended = rule.Recommended,
            Overview = rule.Text.Overview,
            SecurityRisk = rule.Text.SecurityRisk,
            ThreatScenarios = rule.Text.ThreatScenarios,
            RiskImpact = rule.Text.RiskImpact,
            HigherRiskWhen = rule.Text.HigherRiskWhen,
            LowRiskWhen = rule.Text.LowRiskWhen,
            BusinessConsiderations = rule.Text.BusinessConsiderations,
            Kinds = [.. rule.AppliesTo.Select(kind => new RuleKindInfo(
                kind,
                rule.ControlNames.GetValueOrDefault(kind),
                rule.Remediation.Setup.GetValueOrDefault(kind),
                rule.Remediation.Metadata.GetValueOrDefault(kind)?.File,
                rule.Remediation.Metadata.GetValueOrDefault(kind)?.Change,
                rule.Risk[kind].Range,
                rule.Risk[kind].Vector.ToString(),
                rule.Risk[kind].Vector.BaseScore.Value,
                rule.Risk[kind].Vector4))],
            References = [.. rule.References.Select(r => new RuleReferenceInfo(r.Title, r.Url))],
            Compliance = rule.Compliance,
            RiskSource = rule.RiskSource,
            RiskSourceNote = rule.RiskSourceNote,
            Thresholds = new SortedDictionary<string, double>(thresholds.ToDictionary(), StringComparer.Ordinal),
            Source = rule.Source,
            Sha256 = rule.Sha256,
        };
    }
}
