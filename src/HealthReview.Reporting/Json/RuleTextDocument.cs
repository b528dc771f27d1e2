namespace HealthReview.Reporting.Json;

public sealed record RuleTextDocument(string Overview, string SecurityRisk, string ThreatScenarios, string RiskImpact, string HigherRiskWhen, string LowRiskWhen, string BusinessConsiderations);
