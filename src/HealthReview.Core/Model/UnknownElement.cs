namespace HealthReview.Core.Model;

/// <summary>
/// An element this version does not know. Salesforce adds fields every release, so it is kept and listed, never fatal.
/// Only its name and place are kept: its text could be a secret we do not know to redact.
/// </summary>
/// <param name="ElementPath">Slash-separated path below the root, e.g. <c>oauthConfig/newField</c>.</param>
public sealed record UnknownElement(string MetadataType, string ElementPath, SourceLocation Location);
