using HealthReview.Core.Results;

namespace HealthReview.Reporting.Html;

/// <summary>A rule and its position in the result's rule list (the position names its anchors).</summary>
internal sealed record IndexedRule(int Index, RuleInfo Info);
