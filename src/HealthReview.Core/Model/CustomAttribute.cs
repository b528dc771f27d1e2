namespace HealthReview.Core.Model;

/// <summary>A custom attribute (key and formula) added to tokens or the user info response.</summary>
public sealed record CustomAttribute(Setting<string> Key, Setting<string> Formula, SourceLocation Location);
