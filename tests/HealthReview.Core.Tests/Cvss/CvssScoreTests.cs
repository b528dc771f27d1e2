using HealthReview.Core.Cvss;

namespace HealthReview.Core.Tests.Cvss;

public class CvssScoreTests
{
    [TestCase(0, "0.0")]
    [TestCase(5, "0.5")]
    [TestCase(74, "7.4")]
    [TestCase(100, "10.0")]
    public void ToString_gives_one_decimal_in_invariant_culture(int tenths, string text)
    {
        new CvssScore(tenths).ToString().Should().Be(text);
    }

    [Test]
    public void Value_is_the_score_as_a_number()
    {
        new CvssScore(74).Value.Should().Be(7.4);
    }

    [TestCase(0, CvssSeverity.None)]
    [TestCase(1, CvssSeverity.Low)]
    [TestCase(39, CvssSeverity.Low)]
    [TestCase(40, CvssSeverity.Medium)]
    [TestCase(69, CvssSeverity.Medium)]
    [TestCase(70, CvssSeverity.High)]
    [TestCase(89, CvssSeverity.High)]
    [TestCase(90, CvssSeverity.Critical)]
    [TestCase(100, CvssSeverity.Critical)]
    public void Severity_follows_the_qualitative_rating_bands(int tenths, CvssSeverity severity)
    {
        new CvssScore(tenths).Severity.Should().Be(severity);
        CvssSeverityScale.FromTenths(tenths).Should().Be(severity);
    }

    [TestCase(0.0, CvssSeverity.None)]
    [TestCase(0.1, CvssSeverity.Low)]
    [TestCase(3.9, CvssSeverity.Low)]
    [TestCase(4.0, CvssSeverity.Medium)]
    [TestCase(6.9, CvssSeverity.Medium)]
    [TestCase(7.0, CvssSeverity.High)]
    [TestCase(8.9, CvssSeverity.High)]
    [TestCase(9.0, CvssSeverity.Critical)]
    [TestCase(10.0, CvssSeverity.Critical)]
    public void FromScore_maps_a_one_decimal_score_to_its_band(double score, CvssSeverity severity)
    {
        CvssSeverityScale.FromScore(score).Should().Be(severity);
    }

    [TestCase(-1)]
    [TestCase(101)]
    public void A_score_outside_0_to_10_is_rejected(int tenths)
    {
        var create = () => new CvssScore(tenths);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase(-0.1)]
    [TestCase(10.1)]
    [TestCase(double.NaN)]
    public void FromScore_rejects_a_score_outside_0_to_10(double score)
    {
        var map = () => CvssSeverityScale.FromScore(score);

        map.Should().Throw<ArgumentOutOfRangeException>();
    }
}
