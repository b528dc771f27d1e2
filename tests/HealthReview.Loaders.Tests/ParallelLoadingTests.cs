using HealthReview.Loaders.Tests.Support;

namespace HealthReview.Loaders.Tests;

/// <summary>Files are read while folders are still being listed: what a caller sees of that (progress, cancelling).</summary>
public class ParallelLoadingTests
{
    [TestCase(1)]
    [TestCase(4)]
    public void Progress_counts_up_to_every_file_and_never_reports_more_done_than_found(int parallelism)
    {
        using var temp = new TemporaryFolder();
        for (var i = 0; i < 600; i++)
        {
            temp.Write($"export/folder{i % 7}/App{i:D4}.connectedApp-meta.xml", "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\"><label>L</label></ConnectedApp>");
        }

        var reports = new List<(int Done, int Total)>();
        var progress = new Recorder(reports);

        var snapshot = new ExportLoader(new LoaderOptions { Parallelism = parallelism }).Load([temp.Combine("export")], progress: progress);

        snapshot.Inputs.Should().HaveCount(600);
        lock (reports)
        {
            reports.Should().HaveCountGreaterThan(2, "one report before, at least one every 256 files, and one at the end");
            reports[0].Should().Be((0, 0));
            reports[^1].Should().Be((600, 600));
            reports.Should().OnlyContain(r => r.Done <= r.Total || r.Total == 0);
        }
    }

    [TestCase(1)]
    [TestCase(4)]
    public void A_cancelled_load_ends_with_OperationCanceledException(int parallelism)
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var load = () => new ExportLoader(new LoaderOptions { Parallelism = parallelism }).Load([RepositoryRoot.Combine("samples/acme-org")], cancellation.Token);

        load.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Loading_with_more_workers_than_files_gives_the_same_snapshot_as_one_worker()
    {
        var path = RepositoryRoot.Combine("tests/fixtures/real/carestone-sf-salesforce");

        var one = Load.Paths(new LoaderOptions { Parallelism = 1 }, path);
        var many = Load.Paths(new LoaderOptions { Parallelism = 16 }, path);

        SnapshotText.Of(many).Should().Be(SnapshotText.Of(one));
    }

    /// <summary>Progress<T> posts to the thread pool; this records each report synchronously, from any worker.</summary>
    private sealed class Recorder(List<(int Done, int Total)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
