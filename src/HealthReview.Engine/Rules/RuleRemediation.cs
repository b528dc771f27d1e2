using HealthReview.Core.Model;

namespace HealthReview.Engine.Rules;

/// <summary>How to fix a failure, per app kind: the Setup click path and the metadata change.</summary>
public sealed record RuleRemediation(IReadOnlyDictionary<AppKind, string> Setup, IReadOnlyDictionary<AppKind, MetadataChange> Metadata);
