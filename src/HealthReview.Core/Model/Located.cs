namespace HealthReview.Core.Model;

/// <summary>One item of a list-valued setting (a scope, a callback URL, a profile name) with where it was read.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
