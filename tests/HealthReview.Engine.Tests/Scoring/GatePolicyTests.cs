using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using HealthReview.Engine.Scoring;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Scoring;

/// <summary>--fail-on and --min-score (contracts.md): exit 1 when an open finding is at or above the level, or the score is below N.</summary>
public class GatePolicyTests
{
    private static readonly Finding CriticalFailure = Findings.Of(Fail, 9.8, app: "Postman", ruleId: "SCOPE-LEAST-PRIVILEGE");
    private static readonly Finding HighFailure = Findings.Of(Fail, 7.4, app: "Portal", ruleId: "PKCE-REQUIRED");
    private static readonly Finding MediumFailure = Findings.Of(Fail, 5.9, app: "Portal", ruleId: "DEVICE-FLOW-DISABLED");

    [TestCase(CvssSeverity.Critical, false)]
    [TestCase(CvssSeverity.High, false)]
    [TestCase(CvssSeverity.Medium, false)]
    [TestCase(CvssSeverity.Low, false)]
    public void An_open_critical_failure_fails_every_level(CvssSeverity level, bool passed)
    {
        Gate(level, [CriticalFailure]).Passed.Should().Be(passed);
    }

    [TestCase(CvssSeverity.Critical, true)]
    [TestCase(CvssSeverity.High, true)]
    [TestCase(CvssSeverity.Medium, false)]
    [TestCase(CvssSeverity.Low, false)]
    public void An_open_medium_failure_fails_medium_and_low_only(CvssSeverity level, bool passed)
    {
        Gate(level, [MediumFailure]).Passed.Should().Be(passed);
    }

    [Test]
    public void Fail_on_none_always_passes()
    {
        new GatePolicy(null, null).Evaluate([CriticalFailure], PostureScorer.Score([CriticalFailure])).Passed.Should().BeTrue();
    }

    [Test]
    public void Waived_and_passing_findings_never_fail_the_gate()
    {
        var waived = Findings.Of(Waived, 9.8);
        Gate(CvssSeverity.Low, [waived, Findings.Of(Pass, 9.8), Findings.Of(NotEvaluated, 9.8)]).Passed.Should().BeTrue();
    }

    [Test]
    public void The_reasons_name_each_finding_that_failed_the_gate_worst_first()
    {
        var gate = Gate(CvssSeverity.High, [MediumFailure, HighFailure, CriticalFailure]);

        gate.Passed.Should().BeFalse();
        gate.Reasons.Should().Equal(
            "SCOPE-LEAST-PRIVILEGE on Postman (ConnectedApp): critical 9.8",
            "PKCE-REQUIRED on Portal (ConnectedApp): high 7.4");
    }

    [Test]
    public void A_score_below_min_score_fails_and_says_so()
    {
        var findings = new[] { Findings.Of(Pass, 7.4), Findings.Of(Fail, 8.1) };
        var gate = new GatePolicy(null, 50).Evaluate(findings, PostureScorer.Score(findings));

        gate.Passed.Should().BeFalse();
        gate.Reasons.Should().ContainSingle().Which.Should().Be("org score 47.7 is below --min-score 50");
        new GatePolicy(null, 47.7).Evaluate(findings, PostureScorer.Score(findings)).Passed.Should().BeTrue("the score is not below 47.7");
    }

    private static GateResult Gate(CvssSeverity level, Finding[] findings) =>
        new GatePolicy(level, null).Evaluate(findings, PostureScorer.Score(findings));
}
