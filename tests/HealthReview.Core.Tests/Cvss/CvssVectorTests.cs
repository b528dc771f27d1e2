using HealthReview.Core.Cvss;

namespace HealthReview.Core.Tests.Cvss;

public class CvssVectorTests
{
    private const string V31Base = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    [TestCase("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V3_0, typeof(CvssV3Vector))]
    [TestCase(V31Base, CvssVersion.V3_1, typeof(CvssV3Vector))]
    [TestCase(V40Base, CvssVersion.V4_0, typeof(CvssV4Vector))]
    public void Parse_chooses_the_version_from_the_prefix(string vector, CvssVersion version, Type type)
    {
        var parsed = CvssVector.Parse(vector);

        parsed.Version.Should().Be(version);
        parsed.Should().BeOfType(type);
    }

    [TestCase("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/CR:H/E:P", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/CR:H")]
    [TestCase(V31Base + "/E:X/RL:X/RC:X/MAV:X", V31Base)]
    [TestCase(V40Base + "/E:X/CR:H/MSI:X/U:Red", V40Base + "/CR:H/U:Red")]
    public void Canonical_form_lists_given_metrics_in_specification_order_without_not_defined_ones(string vector, string canonical)
    {
        CvssVector.Parse(vector).ToString().Should().Be(canonical);
    }

    [Test]
    public void A_v3_vector_in_any_order_scores_like_its_canonical_form()
    {
        var shuffled = CvssV3Vector.Parse("CVSS:3.1/MAV:A/A:H/CR:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N");
        var canonical = CvssV3Vector.Parse(V31Base + "/CR:H/MAV:A");

        shuffled.Should().Be(canonical);
        shuffled.Score.Should().Be(canonical.Score);
    }

    [Test]
    public void Metrics_holds_the_given_metrics_without_not_defined_ones()
    {
        var vector = CvssVector.Parse(V31Base + "/E:X/CR:H");

        vector.Metrics.Should().HaveCount(9);
        vector.Metrics["CR"].Should().Be("H");
        vector.Metrics.Should().NotContainKey("E");
    }

    // Expected scores from ae-cvss-calculator 1.0.13.
    [TestCase(V31Base, 98, "base")]
    [TestCase(V31Base + "/E:P", 93, "temporal")]
    [TestCase(V31Base + "/E:P/CR:L/IR:L/AR:L", 76, "environmental")]
    [TestCase(V31Base + "/E:P/CR:X/MAV:X", 93, "temporal")]
    [TestCase(V31Base + "/CR:X/IR:X", 98, "base")]
    public void Score_of_a_v3_vector_is_the_most_specific_group_given(string vector, int tenths, string group)
    {
        var parsed = CvssV3Vector.Parse(vector);
        var expected = group switch
        {
            "environmental" => parsed.EnvironmentalScore,
            "temporal" => parsed.TemporalScore,
            _ => parsed.BaseScore,
        };

        parsed.Score.Should().Be(expected);
        parsed.Score.Tenths.Should().Be(tenths);
    }

    [Test]
    public void WithMetrics_applies_environmental_modifiers_to_a_base_vector()
    {
        var vector = CvssV3Vector.Parse(V31Base);

        var modified = vector.WithMetrics(new Dictionary<string, string> { ["MAV"] = "A", ["CR"] = "H" });

        modified.ToString().Should().Be(V31Base + "/CR:H/MAV:A");
        modified.HasEnvironmentalMetrics.Should().BeTrue();
        modified.Score.ToString().Should().Be("8.8");
        modified.BaseScore.ToString().Should().Be("9.8");
        vector.ToString().Should().Be(V31Base, "the original vector is immutable");
    }

    [Test]
    public void WithMetrics_replaces_metrics_and_removes_those_set_to_not_defined()
    {
        var vector = CvssV3Vector.Parse(V31Base + "/MAV:A");

        var modified = vector.WithMetrics(new Dictionary<string, string> { ["AV"] = "L", ["MAV"] = "X" });

        modified.ToString().Should().Be("CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        modified.Score.ToString().Should().Be("8.4");
    }

    [Test]
    public void WithMetrics_applies_threat_and_environmental_metrics_to_a_v4_vector()
    {
        var vector = CvssV4Vector.Parse(V40Base);

        var exploited = vector.WithMetrics(new Dictionary<string, string> { ["E"] = "U" });
        var adjacent = vector.WithMetrics(new Dictionary<string, string> { ["MAV"] = "A", ["CR"] = "L", ["IR"] = "L", ["AR"] = "L" });

        exploited.Score.ToString().Should().Be("8.1");
        exploited.BaseScore.ToString().Should().Be("9.3");
        adjacent.ToString().Should().Be(V40Base + "/CR:L/IR:L/AR:L/MAV:A");
        adjacent.Score.ToString().Should().Be("7.3");
    }

    [TestCase(V40Base, "CVSS-B")]
    [TestCase(V40Base + "/E:A", "CVSS-BT")]
    [TestCase(V40Base + "/CR:H", "CVSS-BE")]
    [TestCase(V40Base + "/E:P/MAV:L", "CVSS-BTE")]
    [TestCase(V40Base + "/E:X/CR:X", "CVSS-B")]
    [TestCase(V40Base + "/S:P/AU:Y", "CVSS-B")]
    public void Nomenclature_of_a_v4_vector_names_the_metric_groups_given(string vector, string nomenclature)
    {
        CvssV4Vector.Parse(vector).Nomenclature.Should().Be(nomenclature);
    }

    [TestCase(V40Base, "000200")]
    [TestCase("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:N/SA:L/E:U", "212221")]
    [TestCase(V40Base + "/CR:L/IR:L/AR:L/MSI:S", "000001")]
    public void MacroVector_of_a_v4_vector_is_its_six_equivalence_classes(string vector, string macroVector)
    {
        CvssV4Vector.Parse(vector).MacroVector.Should().Be(macroVector);
    }

    [Test]
    public void Supplemental_metrics_are_kept_but_do_not_change_a_v4_score()
    {
        var plain = CvssV4Vector.Parse(V40Base);
        var supplemented = CvssV4Vector.Parse(V40Base + "/S:P/AU:Y/R:I/V:C/RE:H/U:Red");

        supplemented.Score.Should().Be(plain.Score);
        supplemented.ToString().Should().EndWith("/S:P/AU:Y/R:I/V:C/RE:H/U:Red");
    }

    [Test]
    public void BaseScore_of_a_v4_vector_ignores_threat_and_environmental_metrics()
    {
        var vector = CvssV4Vector.Parse(V40Base + "/E:U/CR:L/MAV:P");

        vector.BaseScore.Should().Be(CvssV4Vector.Parse(V40Base).BaseScore);
        vector.Score.Tenths.Should().BeLessThan(vector.BaseScore.Tenths);
    }

    [Test]
    public void A_v4_vector_with_no_impact_scores_zero_even_when_highly_exploitable()
    {
        var vector = CvssV4Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A");

        vector.Score.Tenths.Should().Be(0);
        vector.Score.Severity.Should().Be(CvssSeverity.None);
    }

    [Test]
    public void Vectors_are_equal_when_their_canonical_forms_are()
    {
        var withNotDefined = CvssVector.Parse(V31Base + "/E:X");
        var plain = CvssVector.Parse(V31Base);
        var otherVersion = CvssVector.Parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

        withNotDefined.Should().Be(plain);
        withNotDefined.GetHashCode().Should().Be(plain.GetHashCode());
        otherVersion.Should().NotBe(plain);
    }
}
