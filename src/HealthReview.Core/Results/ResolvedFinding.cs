using HealthReview.Core.Cvss;
using HealthReview.Core.Model;

namespace HealthReview.Core.Results;

/// <summary>A finding that was open in the baseline and is not open now.</summary>
public sealed record ResolvedFinding(string RuleId, string App, AppKind AppKind, CvssSeverity Severity, double? Score, string Message, FindingStatus NowStatus);
