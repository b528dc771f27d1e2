using HealthReview.Core.Cvss;

namespace HealthReview.Core.Results;

/// <summary>
/// The CI gate: it changes the exit code only, never what is reported. <see cref="Reasons"/> say which findings or which
/// score made it fail.
/// </summary>
public sealed record GateResult(CvssSeverity? FailOn, double? MinScore, bool Passed, IReadOnlyList<string> Reasons);
