using HealthReview.Core.Model;

namespace HealthReview.Engine.Fields;

/// <summary>What a field is read from: an app, or (for <see cref="AppKind.Org"/>) the org settings of the snapshot.</summary>
public sealed record FieldSource(AppKind Kind, OAuthClient? App, ExportSnapshot Snapshot);
