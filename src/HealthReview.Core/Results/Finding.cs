using HealthReview.Core.Cvss;
using HealthReview.Core.Model;

namespace HealthReview.Core.Results;

/// <summary>The result of one control for one app (or for the org), with everything a reader needs to follow it.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required string App { get; init; }

    public required AppKind AppKind { get; init; }

    public required FindingStatus Status { get; init; }

    /// <summary>From the contextual score for fail and waived; None for pass, notApplicable and notEvaluated.</summary>
    public required CvssSeverity Severity { get; init; }

    /// <summary>The risk of failing this control for this app; set for every status so readers see what is at stake.</summary>
    public FindingCvss? Cvss { get; init; }

    public string? Expected { get; init; }

    public string? Actual { get; init; }

    public FindingLocation? Location { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];

    public IReadOnlyList<AppliedModifier> Modifiers { get; init; } = [];

    public AcceptanceInfo? Acceptance { get; init; }

    public AttestationInfo? Attestation { get; init; }

    /// <summary>Set only with --baseline, and only on open and waived findings.</summary>
    public BaselineState? Baseline { get; init; }

    /// <summary>Open means it counts against the gate: failed and not covered by a current acceptance.</summary>
    public bool IsOpen => Status == FindingStatus.Fail;
}
