namespace HealthReview.Engine.Rules;

/// <summary>The exact metadata change that fixes a finding: which file, and the XML to put in it.</summary>
public sealed record MetadataChange(string File, string Change);
