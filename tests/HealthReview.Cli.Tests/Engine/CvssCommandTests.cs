namespace HealthReview.Cli.Tests.Engine;

/// <summary><c>healthreview cvss [VECTOR...]</c> (contracts.md): one line per vector, VECTOR⇥SCORE⇥SEVERITY.</summary>
public class CvssCommandTests
{
    // Scores from FIRST's calculators.
    private const string Critical31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string High31 = "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N";
    private const string None31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N";
    private const string Critical40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    [Test]
    public async Task Vectors_given_as_arguments_are_scored_one_per_line()
    {
        var run = await EngineCliRun.Of("cvss", Critical31, High31, None31, Critical40);

        run.ExitCode.Should().Be(0, run.ToString());
        Lines(run.Out).Should().Equal(
            $"{Critical31}\t9.8\tCritical",
            $"{High31}\t7.4\tHigh",
            $"{None31}\t0.0\tNone",
            $"{Critical40}\t9.3\tCritical");
        run.Error.Should().BeEmpty();
    }

    [Test]
    public async Task Without_arguments_vectors_are_read_from_standard_input_skipping_blank_and_comment_lines()
    {
        var run = await EngineCliRun.WithInput($"# from the rule files\n{Critical31}\n\n  {High31}  \n", "cvss");

        run.ExitCode.Should().Be(0, run.ToString());
        Lines(run.Out).Should().Equal($"{Critical31}\t9.8\tCritical", $"{High31}\t7.4\tHigh");
    }

    [Test]
    public async Task An_invalid_vector_is_one_line_on_stderr_the_others_are_still_printed_and_the_exit_code_is_2()
    {
        const string Invalid = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H";
        var run = await EngineCliRun.Of("cvss", Critical31, Invalid, High31);

        run.ExitCode.Should().Be(2, run.ToString());
        Lines(run.Out).Should().Equal($"{Critical31}\t9.8\tCritical", $"{High31}\t7.4\tHigh");
        Lines(run.Error).Should().ContainSingle().Which.Should().Contain(Invalid);
    }

    [Test]
    public async Task An_invalid_vector_on_standard_input_is_reported_the_same_way()
    {
        var run = await EngineCliRun.WithInput($"{Critical31}\nnot a vector\n", "cvss");

        run.ExitCode.Should().Be(2, run.ToString());
        Lines(run.Out).Should().Equal($"{Critical31}\t9.8\tCritical");
        Lines(run.Error).Should().ContainSingle().Which.Should().Contain("not a vector");
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
