using HealthReview.Core.Results;
using HealthReview.Engine.Scoring;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Scoring;

/// <summary>
/// The posture score of <see cref="ScanResult.ScoringFormula"/>: 100 × (1 − Σ failed ÷ Σ weight), a failure weighing
/// its contextual score and a pass or waiver the control's base score; notApplicable and notEvaluated left out.
/// </summary>
public class PostureScorerTests
{
    [Test]
    public void One_pass_of_7_4_and_one_failure_of_8_1_score_100_times_one_minus_8_1_over_15_5()
    {
        var score = PostureScorer.Score([Findings.Of(Pass, 7.4), Findings.Of(Fail, 8.1)]);

        // 100 × (1 − 8.1 / 15.5) = 47.741…, one decimal.
        score.Score.Should().Be(47.7);
        score.Grade.Should().Be("Very Poor");
        score.Evaluated.Should().Be(2);
    }

    [Test]
    public void A_failure_weighs_its_contextual_score_and_a_pass_its_base_score()
    {
        // Failure: base 7.4, contextual 8.6. 100 × (1 − 8.6 / (8.6 + 7.4)) = 46.25 → 46.3 (half away from zero).
        var score = PostureScorer.Score([Findings.Of(Fail, 7.4, 8.6), Findings.Of(Pass, 7.4)]);

        score.Score.Should().Be(46.3);
    }

    [Test]
    public void NotApplicable_and_notEvaluated_findings_are_left_out_and_counted_as_coverage()
    {
        var score = PostureScorer.Score(
        [
            Findings.Of(Pass, 7.4), Findings.Of(Fail, 8.1),
            Findings.Of(NotApplicable, 9.8), Findings.Of(NotEvaluated, 9.8), Findings.Of(NotEvaluated, 5.0),
        ]);

        score.Score.Should().Be(47.7);
        score.Evaluated.Should().Be(2);
        score.NotApplicable.Should().Be(1);
        score.NotEvaluated.Should().Be(2);
        score.Total.Should().Be(5);
        score.Coverage.Should().Be(50.0, "2 of the 4 applicable findings could be evaluated");
    }

    [Test]
    public void A_waived_finding_counts_as_passed_with_its_base_score()
    {
        var waived = PostureScorer.Score([Findings.Of(Waived, 7.4, 8.6), Findings.Of(Fail, 8.1)]);
        var passed = PostureScorer.Score([Findings.Of(Pass, 7.4), Findings.Of(Fail, 8.1)]);

        waived.Score.Should().Be(passed.Score).And.Be(47.7);
    }

    [Test]
    public void Only_passes_score_100_and_only_failures_score_0()
    {
        PostureScorer.Score([Findings.Of(Pass, 7.4), Findings.Of(Pass, 9.8)]).Score.Should().Be(100.0);
        PostureScorer.Score([Findings.Of(Fail, 7.4), Findings.Of(Fail, 9.8)]).Score.Should().Be(0.0);
    }

    [Test]
    public void With_no_evaluated_finding_there_is_no_score_and_the_grade_is_Not_rated()
    {
        var score = PostureScorer.Score([Findings.Of(NotApplicable, 7.4), Findings.Of(NotEvaluated, 7.4)]);

        score.Score.Should().BeNull();
        score.Grade.Should().Be("Not rated");
        PostureScorer.Score([]).Grade.Should().Be("Not rated");
    }

    [Test]
    public void The_score_is_rounded_to_one_decimal_before_the_grade_is_chosen()
    {
        // Failures 10.0 + 10.0 + 0.1 = 20.1 of 200 in all: 100 × (1 − 20.1 / 200) = 89.95 → 90.0 → Excellent.
        var findings = new List<Finding> { Findings.Of(Fail, 10.0), Findings.Of(Fail, 10.0), Findings.Of(Fail, 0.1), Findings.Of(Pass, 9.9) };
        findings.AddRange(Enumerable.Range(0, 17).Select(_ => Findings.Of(Pass, 10.0)));

        var score = PostureScorer.Score(findings);

        score.Score.Should().Be(90.0);
        score.Grade.Should().Be("Excellent");
    }

    [Test]
    public void The_same_findings_in_another_order_give_the_same_score()
    {
        var findings = new[] { Findings.Of(Fail, 8.1), Findings.Of(Pass, 7.4), Findings.Of(Fail, 5.9, 6.3), Findings.Of(Waived, 9.1) };

        PostureScorer.Score(findings).Should().Be(PostureScorer.Score(findings.Reverse().ToArray()));
    }

    [TestCase(100.0, "Excellent")]
    [TestCase(90.0, "Excellent")]
    [TestCase(89.9, "Very Good")]
    [TestCase(80.0, "Very Good")]
    [TestCase(79.9, "Good")]
    [TestCase(70.0, "Good")]
    [TestCase(69.9, "Poor")]
    [TestCase(55.0, "Poor")]
    [TestCase(54.9, "Very Poor")]
    [TestCase(0.0, "Very Poor")]
    public void Grades_follow_the_Health_Check_bands(double score, string grade)
    {
        // contracts.md: Excellent ≥90, Very Good 80–89, Good 70–79, Poor 55–69, Very Poor ≤54.
        Grade.For(score).Should().Be(grade);
    }

    [Test]
    public void A_scan_scores_the_org_over_all_findings_and_each_app_over_its_own()
    {
        using var export = new TestExport();
        export.Eca("Good");
        export.ConnectedApp("Bad").OauthConfig("isPkceRequired", "false").Scopes("Full", "RefreshToken").OauthPolicy("refreshTokenPolicy", "infinite");
        var result = export.Scan().Result;

        result.Summary!.Org.Score.Should().Be(Expected(result.Findings));
        foreach (var app in result.Summary.Apps)
        {
            app.Score.Score.Should().Be(Expected(result.Findings.Where(f => f.App == app.App && f.AppKind == app.Kind)), app.App);
        }

        result.Summary.Apps.Single(a => a.App == "Good").Score.Score.Should().Be(100.0);
    }

    /// <summary>The formula written out independently of the scorer.</summary>
    private static double? Expected(IEnumerable<Finding> findings)
    {
        var counted = findings.Where(f => f.Status is Pass or Fail or Waived).ToList();
        var total = counted.Sum(f => (decimal)(f.Status == Fail ? f.Cvss!.Score : f.Cvss!.BaseScore));
        var failed = counted.Where(f => f.Status == Fail).Sum(f => (decimal)f.Cvss!.Score);
        return total == 0 ? null : (double)Math.Round(100m * (1m - (failed / total)), 1, MidpointRounding.AwayFromZero);
    }
}
