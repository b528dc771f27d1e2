using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests;

/// <summary>The console inventory: apps by kind, files by status, every problem on one grep-able line, colour only on a terminal.</summary>
public class ConsoleOutputTests
{
    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public async Task The_console_counts_apps_by_kind_and_files_by_status()
    {
        var run = await Scan("samples/acme-org");

        var lines = run.Out.Split('\n');
        lines.Should().Contain("Scanned 1 path: 24 files (23 parsed, 1 ignored, 0 in error)");
        lines.Should().Contain("Apps: 4 External Client Apps, 3 Connected Apps, org settings (ExternalClientApp.settings)");
        lines.Should().Contain(l => l.Contains("Partner_Portal", StringComparison.Ordinal) && l.Contains("External Client App", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("Postman_Legacy", StringComparison.Ordinal) && l.Contains("Connected App", StringComparison.Ordinal));
        run.Out.Should().NotContain("Errors");
    }

    [Test]
    public async Task The_console_counts_the_bad_fixtures_and_lists_every_error_on_one_line_with_file_line_and_column()
    {
        var run = await Scan("tests/fixtures/bad", "--format", "console,json", "--output", temp.Combine("out"));

        var lines = run.Out.Split('\n');
        lines.Should().Contain("Scanned 1 path: 19 files (7 parsed, 0 ignored, 12 in error)");
        lines.Should().Contain("Apps: 3 External Client Apps, 4 Connected Apps");
        var errors = ResultsFile.Read(temp.Combine("out")).GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        errors.Should().HaveCount(18, "16 unreadable files or invalid values, plus out-of-range numbers: idTokenValidity 9999 and sessionTimeout -1");
        lines.Should().Contain("Errors (these files contributed nothing): 18");
        foreach (var error in errors)
        {
            var path = error.GetProperty("path").GetString();
            var where = error.GetProperty("line").ValueKind == System.Text.Json.JsonValueKind.Number
                ? $"{path}:{error.GetProperty("line").GetInt32()}:{error.GetProperty("column").GetInt32()}"
                : path;
            lines.Should().Contain($"  {where}: {error.GetProperty("message").GetString()}");
        }
    }

    [Test]
    public async Task Timings_name_each_phase_and_each_report_written_on_standard_error_only()
    {
        var quiet = await Scan("samples/acme-org", "--format", "json,csv,html", "--output", temp.Combine("out"), "--quiet", "--timings");

        quiet.Out.Should().BeEmpty("--timings goes to standard error, so --quiet keeps standard output empty");
        var lines = quiet.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainMatch("timing: rules and config (22 rules) * ms")
            .And.ContainMatch("timing: load (24 files, 7 apps) * ms")
            .And.ContainMatch("timing: evaluate (* findings) * ms")
            .And.ContainMatch("timing: reports, side by side * ms")
            .And.ContainMatch("timing:   json * ms")
            .And.ContainMatch("timing:   csv * ms")
            .And.ContainMatch("timing:   html * ms")
            .And.ContainMatch("timing: total since process start * ms")
            .And.ContainMatch("timing: peak memory * MiB");
        lines.Should().NotContainMatch("timing:   pdf *", "only the reports asked for are timed");

        var plain = await Scan("samples/acme-org", "--format", "json", "--output", temp.Combine("plain"), "--quiet");
        plain.Error.Should().NotContain("timing:");
    }

    [Test]
    public async Task A_progress_bar_shows_on_a_terminal_only_and_never_in_ci_or_with_quiet()
    {
        string[] scan = ["scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "json", "--output", temp.Combine("out")];
        var person = await CliRun.Of(scan, errorTerminal: true);
        var ci = await CliRun.Of(scan, new Dictionary<string, string> { ["CI"] = "true" }, errorTerminal: true);
        var quiet = await CliRun.Of([.. scan, "--quiet"], errorTerminal: true);
        var redirected = await CliRun.Of(scan);

        person.Error.Should().Contain("Reading metadata");
        ci.Error.Should().NotContain("Reading metadata");
        quiet.Error.Should().BeEmpty();
        redirected.Error.Should().NotContain("Reading metadata");
    }

    [Test]
    public async Task An_error_line_names_the_file_line_and_column_of_the_problem()
    {
        var run = await Scan("tests/fixtures/bad/iso-8859-1-invalid-utf8");

        run.Out.Split('\n').Should().Contain(
            "  force-app/main/default/connectedApps/Latin1_Invalid_Utf8.connectedApp-meta.xml:3:20: not valid UTF-8 (byte 0xFC); Salesforce exports are UTF-8, so it was not read");
    }

    [Test]
    public async Task Warnings_and_unknown_elements_are_listed_too()
    {
        var run = await Scan("tests/fixtures/bad/unknown-elements");

        run.Out.Should().Contain("Unknown elements (kept, not used): 3");
        run.Out.Should().Contain("ConnectedApp <oauthConfig/isQuantumSafe>");
    }

    [Test]
    public async Task With_several_paths_the_console_shows_each_file_with_its_path_s_folder_name()
    {
        var run = await Scan("tests/fixtures/bad/truncated", "tests/fixtures/bad/wrong-root-element");

        var lines = run.Out.Split('\n');
        lines.Should().Contain(l => l.StartsWith("  truncated/force-app/main/default/connectedApps/Truncated_Mid_Element.connectedApp-meta.xml:9:27: ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  wrong-root-element/force-app/main/default/connectedApps/Wrong_Root_Element.connectedApp-meta.xml:2:2: ", StringComparison.Ordinal));
    }

    [Test]
    public async Task Output_that_is_not_a_terminal_has_no_ANSI_escape_codes()
    {
        var run = await Scan("tests/fixtures/bad");

        run.Out.Should().NotContain("\u001b");
        run.Error.Should().NotContain("\u001b");
    }

    [Test]
    public async Task NO_COLOR_turns_colour_off_even_on_a_terminal()
    {
        var run = await CliRun.Of(
            ["scan", RepositoryRoot.Combine("tests/fixtures/bad"), "--now", "2026-01-01T00:00:00Z", "--output", temp.Combine("out")],
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            terminal: true);

        run.ExitCode.Should().Be(3);
        run.Out.Should().Contain("Errors (these files contributed nothing)");
        run.Out.Should().NotContain("\u001b");
    }

    [Test]
    public async Task The_written_report_files_are_named_on_the_console()
    {
        var run = await Scan("samples/acme-org", "--format", "console,json", "--output", temp.Combine("out"));

        run.Out.Should().Contain($"Wrote {temp.Combine("out/results.json")}");
    }

    private Task<CliRun> Scan(params string[] pathsThenOptions)
    {
        var arguments = new List<string> { "scan" };
        arguments.AddRange(pathsThenOptions.Select(a => a.StartsWith('-') || Path.IsPathRooted(a) ? a : (a.Contains('/', StringComparison.Ordinal) ? RepositoryRoot.Combine(a) : a)));
        arguments.AddRange(["--now", "2026-01-01T00:00:00Z"]);
        if (!arguments.Contains("--output"))
        {
            arguments.AddRange(["--output", temp.Combine("out")]);
        }

        return CliRun.Of([.. arguments]);
    }
}
