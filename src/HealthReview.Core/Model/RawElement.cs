namespace HealthReview.Core.Model;

/// <summary>A leaf element of a type whose schema is not published (<c>.ecaOauthSecurity</c>), kept as path and text.</summary>
public sealed record RawElement(string ElementPath, string Text, SourceLocation Location);
