using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests;

/// <summary>The documented exit codes, and one line on standard error (never a stack trace) for a user's mistake.</summary>
public class ExitCodeTests
{
    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public async Task A_clean_sample_exits_0()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org-mdapi"), "--output", temp.Combine("out")]);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }

    [Test]
    public async Task The_bad_fixtures_exit_3_and_results_json_still_lists_the_unreadable_files_as_errors()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("tests/fixtures/bad"), "--format", "console,json", "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z"]);

        run.ExitCode.Should().Be(3);
        NoStackTrace(run);
        var results = ResultsFile.Read(temp.Combine("out"));
        var inputs = ResultsFile.Inputs(results).ToList();
        inputs.Should().HaveCount(19);
        inputs.Should().Contain(("utf16-bom/force-app/main/default/connectedApps/Utf16_Bom.connectedApp-meta.xml", "error"));
        inputs.Should().Contain(("truncated/force-app/main/default/connectedApps/Truncated_Mid_Element.connectedApp-meta.xml", "error"));
        inputs.Should().Contain(("unknown-elements/force-app/main/default/connectedApps/Unknown_Elements.connectedApp-meta.xml", "parsed"));
        inputs.Count(i => i.Status == "error").Should().Be(12);
        var truncated = results.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("path").GetString()!.EndsWith("Truncated_Mid_Element.connectedApp-meta.xml", StringComparison.Ordinal));
        truncated.GetProperty("message").GetString().Should().StartWith("line 9, column 27: malformed XML");
        results.GetProperty("apps").GetArrayLength().Should().Be(7, "the readable apps among the bad files are still reported");
    }

    [Test]
    public async Task A_single_unreadable_file_among_good_ones_exits_3()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), RepositoryRoot.Combine("tests/fixtures/bad/truncated"), "--output", temp.Combine("out")]);

        run.ExitCode.Should().Be(3);
        run.Out.Should().Contain("Apps: 4 External Client Apps, 3 Connected Apps");
    }

    [Test]
    public async Task Warnings_and_unknown_elements_alone_do_not_change_the_exit_code()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("tests/fixtures/bad/unknown-elements"), RepositoryRoot.Combine("tests/fixtures/bad/wrong-namespace"), RepositoryRoot.Combine("tests/fixtures/bad/orphan-eca-policy"), "--output", temp.Combine("out")]);

        run.ExitCode.Should().Be(0, run.AllOutput);
        run.Out.Should().Contain("Warnings: 2");
    }

    [TestCase(new[] { "scan", "SAMPLE", "--no-such-option" }, "--no-such-option")]
    [TestCase(new[] { "scan" }, "Required argument missing")]
    [TestCase(new[] { "scan", "SAMPLE", "--format", "console,docx" }, "unknown format 'docx'")]
    [TestCase(new[] { "scan", "SAMPLE", "--format", "," }, "--format needs at least one format")]
    [TestCase(new[] { "scan", "SAMPLE", "--now", "yesterday" }, "--now 'yesterday' is not an ISO 8601 timestamp")]
    [TestCase(new[] { "scan", "SAMPLE", "--now", "2026-13-01T00:00:00Z" }, "--now")]
    [TestCase(new[] { "scan", "SAMPLE", "--max-file-size", "0" }, "--max-file-size")]
    [TestCase(new[] { "scan", "SAMPLE", "--max-file-size", "ten" }, "ten")]
    public async Task A_usage_error_exits_2_with_one_line_on_standard_error_and_no_stack_trace(string[] args, string mentioned)
    {
        var arguments = args.Select(a => a == "SAMPLE" ? RepositoryRoot.Combine("samples/acme-org") : a).Append("--output").Append(temp.Combine("out")).ToArray();

        var run = await CliRun.Of(arguments);

        run.ExitCode.Should().Be(2, run.AllOutput);
        run.Error.Should().Contain(mentioned).And.StartWith("healthreview: ");
        NoStackTrace(run);
        File.Exists(temp.Combine("out/results.json")).Should().BeFalse("a usage error stops before anything is scanned");
    }

    [Test]
    public async Task An_unknown_command_exits_2()
    {
        var run = await CliRun.Of(["frobnicate"]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("frobnicate");
        NoStackTrace(run);
    }

    [TestCase("not-a-number")]
    [TestCase("-5")]
    [TestCase("1.5")]
    [TestCase("99999999999999")]
    public async Task An_invalid_SOURCE_DATE_EPOCH_exits_2(string value)
    {
        var run = await CliRun.Of(
            ["scan", RepositoryRoot.Combine("samples/acme-org"), "--output", temp.Combine("out")],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value });

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("SOURCE_DATE_EPOCH").And.Contain(value);
        NoStackTrace(run);
    }

    [Test]
    public async Task A_path_that_does_not_exist_exits_2_while_the_other_paths_are_still_scanned_and_reported()
    {
        var missing = temp.Combine("no-such-export");

        var run = await CliRun.Of(["scan", missing, RepositoryRoot.Combine("samples/acme-org"), "--format", "console,json", "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z"]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"healthreview: {missing}: no such file or folder");
        NoStackTrace(run);
        run.Out.Should().Contain("Apps: 4 External Client Apps, 3 Connected Apps");
        var results = ResultsFile.Read(temp.Combine("out"));
        results.GetProperty("apps").GetArrayLength().Should().Be(7);
        ResultsFile.Inputs(results).Should().OnlyContain(i => i.Path!.StartsWith("acme-org/", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_missing_path_wins_over_an_input_error()
    {
        var run = await CliRun.Of(["scan", temp.Combine("no-such-export"), RepositoryRoot.Combine("tests/fixtures/bad/truncated"), "--output", temp.Combine("out")]);

        run.ExitCode.Should().Be(2, "a usage error has priority over an input error");
    }

    [Test]
    public async Task A_report_that_cannot_be_written_exits_4_and_says_so_on_one_line()
    {
        temp.Write("blocker", "a file where the output folder should be");

        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "console,json", "--output", temp.Combine("blocker")]);

        run.ExitCode.Should().Be(4);
        run.Error.Should().Contain("the json report could not be written");
        run.Out.Should().Contain("Apps: 4 External Client Apps, 3 Connected Apps", "the console report still ran");
        NoStackTrace(run);
    }

    [Test]
    public async Task Help_exits_0()
    {
        var run = await CliRun.Of(["scan", "--help"]);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("--format").And.Contain("--now");
    }

    private static void NoStackTrace(CliRun run)
    {
        run.AllOutput.Split('\n').Should().NotContain(line => line.StartsWith("   at ", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal));
    }
}
