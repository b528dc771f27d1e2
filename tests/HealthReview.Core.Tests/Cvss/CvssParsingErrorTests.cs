using HealthReview.Core.Cvss;

namespace HealthReview.Core.Tests.Cvss;

public class CvssParsingErrorTests
{
    private const string V31Base = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private const string ExpectedPrefixes = "'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/'";

    private static readonly object[] InvalidVectors =
    [
        // Empty input and prefixes.
        new object[] { "", "The CVSS vector is empty." },
        new object[] { "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", $"Unknown CVSS vector prefix: the vector must start with {ExpectedPrefixes}." },
        new object[] { "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", $"Unknown CVSS vector prefix: the vector must start with {ExpectedPrefixes}." },
        new object[] { "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", $"Unsupported CVSS version '2.0': the vector must start with {ExpectedPrefixes}." },
        new object[] { "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", $"Unsupported CVSS version '3.2': the vector must start with {ExpectedPrefixes}." },
        new object[] { "CVSS:3.1", "The CVSS vector has no metrics after 'CVSS:3.1'." },
        new object[] { "CVSS:3.1/", "The CVSS vector has no metrics after 'CVSS:3.1/'." },
        new object[] { " " + V31Base, "The CVSS vector contains whitespace at character 1." },
        new object[] { V31Base + "\n", "The CVSS vector contains whitespace at character 45." },

        // Segments.
        new object[] { V31Base + "/", "The CVSS vector ends with '/': remove the trailing slash." },
        new object[] { "CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "The CVSS vector has an empty metric at position 2 ('//')." },
        new object[] { "CVSS:3.1//AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "The CVSS vector has an empty metric at position 1 ('//')." },
        new object[] { "CVSS:3.1/AV:N/AC/PR:N/UI:N/S:U/C:H/I:H/A:H", "Malformed metric 'AC' at position 2: expected NAME:VALUE such as AV:N." },
        new object[] { "CVSS:3.1/AV:N:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Malformed metric 'AV:N:L' at position 1: expected NAME:VALUE such as AV:N." },
        new object[] { "CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Malformed metric 'AV:' at position 1: expected NAME:VALUE such as AV:N." },

        // Unknown metrics: names are case-sensitive and belong to one version.
        new object[] { V31Base + "/AT:N", "Unknown CVSS v3.1 metric 'AT'." },
        new object[] { "CVSS:3.1/av:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Unknown CVSS v3.1 metric 'av'." },
        new object[] { V40Base + "/RL:O", "Unknown CVSS v4.0 metric 'RL'." },

        // Values: the message names the metric and lists what it allows.
        new object[] { "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Invalid value 'Q' for metric AV (Attack Vector): allowed values are N, A, L, P." },
        new object[] { "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Invalid value 'X' for metric AV (Attack Vector): allowed values are N, A, L, P." },
        new object[] { V31Base + "/MPR:U", "Invalid value 'U' for metric MPR (Modified Privileges Required): allowed values are X, N, L, H." },
        new object[] { "CVSS:3.0/AV:N/AC:L/PR:N/UI:P/S:U/C:H/I:H/A:H", "Invalid value 'P' for metric UI (User Interaction): allowed values are N, R." },
        new object[] { V40Base + "/E:F", "Invalid value 'F' for metric E (Exploit Maturity): allowed values are X, A, P, U." },
        new object[] { V40Base + "/S:U", "Invalid value 'U' for metric S (Safety): allowed values are X, N, P." },
        new object[] { V40Base + "/U:red", "Invalid value 'red' for metric U (Provider Urgency): allowed values are X, Clear, Green, Amber, Red." },
        new object[] { V40Base + "/MSC:S", "Invalid value 'S' for metric MSC (Modified Subsequent System Confidentiality): allowed values are X, H, L, N." },

        // Duplicates, also when one of them is Not Defined.
        new object[] { V31Base + "/AV:L", "Metric AV appears more than once; each metric may be given only once." },
        new object[] { V31Base + "/E:X/E:P", "Metric E appears more than once; each metric may be given only once." },
        new object[] { V40Base + "/SA:N", "Metric SA appears more than once; each metric may be given only once." },

        // Missing base metrics: all of them are listed.
        new object[] { "CVSS:3.1/AV:N/AC:L/PR:N/S:U/C:H/I:H", "The CVSS v3.1 vector is missing mandatory base metrics UI, A." },
        new object[] { "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/E:P", "The CVSS v3.0 vector is missing mandatory base metric A." },
        new object[] { "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "The CVSS v4.0 vector is missing mandatory base metric SA." },

        // v4.0 requires the specification's order (v3.x accepts any order).
        new object[] { "CVSS:4.0/AV:N/AC:L/PR:N/AT:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "Metric AT is out of order: CVSS v4.0 requires the specification order, where AT comes before PR." },
        new object[] { V40Base + "/CR:H/E:A", "Metric E is out of order: CVSS v4.0 requires the specification order, where E comes before CR." },
        new object[] { V40Base + "/AU:Y/MSI:S", "Metric MSI is out of order: CVSS v4.0 requires the specification order, where MSI comes before AU." },
    ];

    [TestCaseSource(nameof(InvalidVectors))]
    public void TryParse_rejects_an_invalid_vector_with_a_precise_error(string vector, string expectedError)
    {
        var parsed = CvssVector.TryParse(vector, out var result, out var error);

        parsed.Should().BeFalse();
        result.Should().BeNull();
        error.Should().Be(expectedError);
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Parse_throws_a_FormatException_with_the_same_error(string vector, string expectedError)
    {
        var parse = () => CvssVector.Parse(vector);

        parse.Should().Throw<FormatException>().Which.Message.Should().Be(expectedError);
    }

    [Test]
    public void TryParse_treats_null_as_an_empty_vector()
    {
        CvssVector.TryParse(null, out _, out var error).Should().BeFalse();
        error.Should().Be("The CVSS vector is empty.");
    }

    [Test]
    public void Version_specific_parsers_reject_the_other_versions()
    {
        CvssV3Vector.TryParse(V40Base, out _, out var v3Error).Should().BeFalse();
        v3Error.Should().Be("Expected a CVSS v3.0 or v3.1 vector ('CVSS:3.0/' or 'CVSS:3.1/').");

        var parseV4 = () => CvssV4Vector.Parse(V31Base);
        parseV4.Should().Throw<FormatException>().WithMessage("Expected a CVSS v4.0 vector ('CVSS:4.0/').");
    }

    [Test]
    public void Version_specific_parsers_pass_on_the_parse_error()
    {
        CvssV3Vector.TryParse(V31Base + "/", out _, out var error).Should().BeFalse();
        error.Should().Be("The CVSS vector ends with '/': remove the trailing slash.");
    }

    [TestCase("MAV", "Q", "Invalid value 'Q' for metric MAV (Modified Attack Vector): allowed values are X, N, A, L, P.")]
    [TestCase("AT", "N", "Unknown CVSS v3.1 metric 'AT'.")]
    [TestCase("AV", "X", "Invalid value 'X' for metric AV (Attack Vector): allowed values are N, A, L, P.")]
    public void WithMetrics_rejects_metrics_the_version_does_not_define(string name, string value, string expectedError)
    {
        var vector = CvssV3Vector.Parse(V31Base);

        var apply = () => vector.WithMetrics(new Dictionary<string, string> { [name] = value });

        apply.Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith(expectedError);
    }
}
