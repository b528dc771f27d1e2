using HealthReview.Core.Model;
using HealthReview.Loaders.Discovery;

namespace HealthReview.Loaders;

/// <summary>The loader's entry point: scanned PATHs → one immutable <see cref="ExportSnapshot"/>.</summary>
public sealed class ExportLoader
{
    private readonly LoaderOptions options;

    public ExportLoader(LoaderOptions? options = null)
    {
        this.options = options ?? new LoaderOptions();
    }

    /// <param name="progress">Told (files done, files in all) as files are read; for a progress bar.</param>
    public ExportSnapshot Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default, IProgress<(int Done, int Total)>? progress = null)
    {
        var discovery = ExportDiscovery.Discover(paths, options, sizeOnOpen: true);
        var loaded = new LoadedFile[discovery.Files.Count];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount,
        };

        // Results land by index, so the outcome does not depend on thread timing.
        var done = 0;
        var total = discovery.Files.Count;
        progress?.Report((0, total));
        Parallel.For(0, total, parallel, i =>
        {
            loaded[i] = FileLoader.Load(discovery.Files[i], options);
            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 256 == 0 || count == total))
            {
                progress.Report((count, total));
            }
        });
        return SnapshotAssembler.Assemble(loaded, discovery.Problems, paths);
    }
}
