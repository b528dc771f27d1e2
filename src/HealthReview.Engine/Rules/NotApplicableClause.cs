using HealthReview.Core.Model;
using HealthReview.Engine.Conditions;

namespace HealthReview.Engine.Rules;

public sealed record NotApplicableClause(IReadOnlyDictionary<AppKind, Condition> When, string Reason);
