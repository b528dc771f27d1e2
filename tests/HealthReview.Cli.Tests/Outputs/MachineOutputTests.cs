using HealthReview.Cli.Tests.Support;
using HealthReview.Core.Results;
using HealthReview.Reporting;
using HealthReview.Reporting.Json;
using NJsonSchema;

namespace HealthReview.Cli.Tests.Outputs;

/// <summary>The machine-readable outputs as a pipeline sees them: valid, stable, re-renderable, never half-written.</summary>
public sealed class MachineOutputTests
{
    private static readonly string[] MachineFiles = ["results.json", "results.sarif", "junit.xml", "findings.csv", "summary.md"];
    private readonly TemporaryFolder temp = new();

    [TearDown]
    public void CleanUp() => temp.Dispose();

    [TestCase("samples/acme-org")]
    [TestCase("samples/acme-org-mdapi")]
    [TestCase("tests/fixtures/bad")]
    [TestCase("tests/fixtures/real/justinsohn-gstdev")]
    public async Task Every_results_file_validates_against_the_schema_that_ships_in_the_program(string export)
    {
        await Scan(export, temp.Combine("out"), "json");
        var schema = await JsonSchema.FromJsonAsync(ResultsSchema.Text());

        var errors = schema.Validate(await File.ReadAllTextAsync(temp.Combine("out/results.json")));

        errors.Should().BeEmpty(string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Test]
    public void The_schema_in_the_repository_is_the_one_in_the_program()
    {
        File.ReadAllText(RepositoryRoot.Combine("schemas/results.schema.json")).Should().Be(ResultsSchema.Text());
    }

    [Test]
    public async Task Two_scans_with_the_same_clock_write_byte_identical_machine_files()
    {
        await Scan("samples/acme-org", temp.Combine("a"), "json,sarif,junit,csv,markdown");
        await Scan("samples/acme-org", temp.Combine("b"), "json,sarif,junit,csv,markdown");

        foreach (var name in MachineFiles)
        {
            File.ReadAllBytes(temp.Combine("b/" + name)).Should().Equal(File.ReadAllBytes(temp.Combine("a/" + name)), name);
        }
    }

    [Test]
    public async Task Report_from_a_saved_results_file_rewrites_every_machine_format_byte_for_byte()
    {
        await Scan("samples/acme-org", temp.Combine("scan"), "json,sarif,junit,csv,markdown");

        var run = await CliRun.Of(["report", "--from", temp.Combine("scan/results.json"), "--format", "json,sarif,junit,csv,markdown", "--output", temp.Combine("again")]);

        run.ExitCode.Should().Be(0, run.Error);
        foreach (var name in MachineFiles)
        {
            File.ReadAllBytes(temp.Combine("again/" + name)).Should().Equal(File.ReadAllBytes(temp.Combine("scan/" + name)), name);
        }
    }

    [Test]
    public void A_writer_that_fails_half_way_leaves_no_file_and_the_others_are_still_written()
    {
        var result = new ScanResult
        {
            Tool = new ToolInfo("healthreview", "test", "test"),
            GeneratedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Snapshot = new Core.Model.ExportSnapshot { Inputs = [], Apps = [], Diagnostics = [] },
        };
        using var error = new StringWriter();
        var directory = temp.Combine("out");

        var (written, failed) = ReportOutput.WriteAll(result, [new HalfWayWriter(), new JsonReportWriter()], ["broken", "json"], directory, error);

        failed.Should().BeTrue();
        written.Should().ContainSingle().Which.Should().EndWith("results.json");
        File.Exists(Path.Combine(directory, "broken.txt")).Should().BeFalse("a failing writer must not leave a partial report under its name");
        Directory.GetFiles(directory).Select(Path.GetFileName).Should().Equal("results.json");
        error.ToString().Should().Contain("the broken report could not be written").And.NotContain("   at ");
    }

    [Test]
    public void Writers_run_side_by_side_and_what_they_report_keeps_the_writers_order()
    {
        var result = new ScanResult
        {
            Tool = new ToolInfo("healthreview", "test", "test"),
            GeneratedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Snapshot = new Core.Model.ExportSnapshot { Inputs = [], Apps = [], Diagnostics = [] },
        };
        using var error = new StringWriter();
        var directory = temp.Combine("side-by-side");

        // Each of the first two waits for the other to start: run one after the other, both would fail.
        using var bothStarted = new CountdownEvent(2);
        IReportWriter[] writers = [new RendezvousWriter("first", bothStarted), new HalfWayWriter(), new RendezvousWriter("second", bothStarted)];
        var (written, failed) = ReportOutput.WriteAll(result, writers, ["first", "broken", "second"], directory, error, parallelism: 3);

        failed.Should().BeTrue();
        written.Select(Path.GetFileName).Should().Equal("first.txt", "second.txt");
        File.ReadAllText(Path.Combine(directory, "second.txt")).Should().Be("second");
        error.ToString().Should().Contain("the broken report could not be written").And.NotContain("ran alone");
    }

    private static async Task Scan(string export, string output, string formats)
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine(export), "--format", formats, "--output", output, "--now", "2026-11-23T09:00:00Z"]);
        run.ExitCode.Should().BeOneOf([0, 3], run.Error);
    }

    /// <summary>Writes half of its output, then fails, as a writer with a bug would.</summary>
    private sealed class HalfWayWriter : IReportWriter
    {
        public string Format => "broken";

        public string FileName => "broken.txt";

        public void Write(ScanResult result, Stream output)
        {
            output.Write("half a report"u8);
            output.Flush();
            throw new InvalidOperationException("writer bug");
        }
    }

    /// <summary>Starts, then waits for the other writers of its rendezvous to start too.</summary>
    private sealed class RendezvousWriter(string name, CountdownEvent started) : IReportWriter
    {
        public string Format => name;

        public string FileName => name + ".txt";

        public void Write(ScanResult result, Stream output)
        {
            started.Signal();
            if (!started.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException($"{name} ran alone");
            }

            output.Write(System.Text.Encoding.UTF8.GetBytes(name));
        }
    }
}
