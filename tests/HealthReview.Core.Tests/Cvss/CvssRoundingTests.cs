using HealthReview.Core.Cvss;

namespace HealthReview.Core.Tests.Cvss;

public class CvssRoundingTests
{
    // Inputs are the doubles that arithmetic actually produces, e.g. 0.1 + 0.2 is 0.30000000000000004
    // (the v3.1 specification's Appendix A example) and 10 x 0.92 is 9.200000000000001.
    [TestCase(0.30000000000000004, 3, 4)]
    [TestCase(4.000000000000001, 40, 41)]
    [TestCase(9.200000000000001, 92, 93)]
    [TestCase(1.200003, 12, 13)]
    [TestCase(4.000004, 40, 41)]
    [TestCase(4.00001, 41, 41)]
    [TestCase(4.02, 41, 41)]
    [TestCase(4.0, 40, 40)]
    [TestCase(0.0, 0, 0)]
    [TestCase(10.0, 100, 100)]
    public void Roundup_of_v3_1_ignores_floating_point_noise_that_v3_0_rounds_up(double input, int v31Tenths, int v30Tenths)
    {
        CvssV3Scoring.RoundUp(input, isV31: true).Should().Be(v31Tenths);
        CvssV3Scoring.RoundUp(input, isV31: false).Should().Be(v30Tenths);
    }

    // Base 10.0 x Report Confidence Unknown 0.92: FIRST's v3.0 calculator (plain ceiling) gives 9.3,
    // its v3.1 calculator (integer Roundup) gives 9.2; ae-cvss-calculator agrees with both.
    [TestCase("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/RC:U", "9.3")]
    [TestCase("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/RC:U", "9.2")]
    public void Temporal_score_uses_the_roundup_of_its_version(string vector, string temporal)
    {
        CvssV3Vector.Parse(vector).TemporalScore.ToString().Should().Be(temporal);
    }

    // These vectors (MacroVector 101100, 8.6) score exactly 8.55. Interpolating in doubles lands just
    // below the tie, so a plain round gives 8.5; FIRST's calculator rounds half up to 8.6, as does
    // ae-cvss-calculator (which scores them 8.5 if its rounding epsilon is removed).
    [TestCase("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", "8.6")]
    [TestCase("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:H/SC:H/SI:H/SA:H", "8.6")]
    public void V4_score_on_an_exact_tie_is_rounded_half_up(string vector, string score)
    {
        CvssV4Vector.Parse(vector).Score.ToString().Should().Be(score);
    }
}
