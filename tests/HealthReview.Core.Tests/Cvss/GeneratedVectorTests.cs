using HealthReview.Core.Cvss;

namespace HealthReview.Core.Tests.Cvss;

/// <summary>
/// generated-vectors.tsv: v3.0, v3.1 and v4.0 vectors with temporal, threat and environmental
/// metrics, scored by ae-cvss-calculator 1.0.13 (see TestData/generate-vectors.mjs).
/// </summary>
public class GeneratedVectorTests
{
    private const string FileName = "generated-vectors.tsv";

    [TestCaseSource(nameof(V3Vectors))]
    public void Scores_every_generated_v3_vector_like_the_independent_calculator(
        string vector, string baseScore, string temporalScore, string environmentalScore, string score, string severity)
    {
        var parsed = CvssV3Vector.Parse(vector);

        parsed.BaseScore.ToString().Should().Be(baseScore);
        parsed.TemporalScore.ToString().Should().Be(temporalScore);
        parsed.EnvironmentalScore.ToString().Should().Be(environmentalScore);
        parsed.Score.ToString().Should().Be(score);
        parsed.Score.Severity.ToString().Should().Be(severity);
    }

    [TestCaseSource(nameof(V4Vectors))]
    public void Scores_every_generated_v4_vector_like_the_independent_calculator(
        string vector, string baseScore, string score, string severity)
    {
        var parsed = CvssV4Vector.Parse(vector);

        parsed.BaseScore.ToString().Should().Be(baseScore);
        parsed.Score.ToString().Should().Be(score);
        parsed.Score.Severity.ToString().Should().Be(severity);
    }

    [TestCase("CVSS:3.0/", 139)]
    [TestCase("CVSS:3.1/", 189)]
    [TestCase("CVSS:4.0/", 304)]
    public void Generated_file_holds_the_expected_number_of_vectors_per_version(string prefix, int count)
    {
        KnownAnswerFile.Read(FileName)
            .Count(row => row[0].StartsWith(prefix, StringComparison.Ordinal))
            .Should().Be(count);
    }

    private static IEnumerable<TestCaseData> V3Vectors() =>
        KnownAnswerFile.Read(FileName)
            .Where(row => !row[0].StartsWith("CVSS:4.0/", StringComparison.Ordinal))
            .Select(row => new TestCaseData(row[0], row[1], row[2], row[3], row[4], row[5]));

    private static IEnumerable<TestCaseData> V4Vectors() =>
        KnownAnswerFile.Read(FileName)
            .Where(row => row[0].StartsWith("CVSS:4.0/", StringComparison.Ordinal))
            .Select(row => new TestCaseData(row[0], row[1], row[4], row[5]));
}
