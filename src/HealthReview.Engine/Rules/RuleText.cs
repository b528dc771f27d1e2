namespace HealthReview.Engine.Rules;

/// <summary>The control's text, in the sections Salesforce's Security Health Review pages use.</summary>
public sealed record RuleText(
    string Overview,
    string SecurityRisk,
    string ThreatScenarios,
    string RiskImpact,
    string HigherRiskWhen,
    string LowRiskWhen,
    string BusinessConsiderations);
