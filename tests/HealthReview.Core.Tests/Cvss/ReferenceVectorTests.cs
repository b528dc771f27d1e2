using HealthReview.Core.Cvss;

namespace HealthReview.Core.Tests.Cvss;

/// <summary>
/// vectors.tsv: 600 v3.1 and v4.0 vectors with score and severity from an independent calculator,
/// copied from the project's shared reference data.
/// </summary>
public class ReferenceVectorTests
{
    private const string FileName = "vectors.tsv";

    [TestCaseSource(nameof(ReferenceVectors))]
    public void Scores_every_reference_vector_like_the_independent_calculator(string vector, string score, string severity)
    {
        var parsed = CvssVector.Parse(vector);

        parsed.Score.ToString().Should().Be(score);
        parsed.Score.Severity.ToString().Should().Be(severity);
    }

    [Test]
    public void Reference_file_holds_300_v3_1_and_300_v4_0_vectors()
    {
        var rows = KnownAnswerFile.Read(FileName);

        rows.Count(row => row[0].StartsWith("CVSS:3.1/", StringComparison.Ordinal)).Should().Be(300);
        rows.Count(row => row[0].StartsWith("CVSS:4.0/", StringComparison.Ordinal)).Should().Be(300);
        rows.Should().HaveCount(600);
    }

    private static IEnumerable<TestCaseData> ReferenceVectors() =>
        KnownAnswerFile.Read(FileName).Select(row => new TestCaseData(row[0], row[1], row[2]));
}
