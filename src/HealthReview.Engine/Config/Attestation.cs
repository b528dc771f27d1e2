namespace HealthReview.Engine.Config;

/// <summary>A fact the export cannot show, stated by a person: decides a finding that would be notEvaluated.</summary>
/// <param name="Passes">True for enforced/compliant/pass, false for notEnforced/nonCompliant/fail.</param>
public sealed record Attestation(string Rule, string App, string Value, bool Passes, string By, DateOnly Date, long Line);
