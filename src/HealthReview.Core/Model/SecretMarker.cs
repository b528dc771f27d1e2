namespace HealthReview.Core.Model;

/// <summary>Where secret material sits in the export. The secret itself is never kept.</summary>
/// <param name="AppName">The app whose file holds it, when the file belongs to one.</param>
public sealed record SecretMarker(SecretKind Kind, SourceLocation Location, string? AppName, AppKind? AppKind);
