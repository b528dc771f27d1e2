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

    public ExportSnapshot Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var discovery = ExportDiscovery.Discover(paths, options, sizeOnOpen: true);
        var loaded = new LoadedFile[discovery.Files.Count];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount,
        };

        // Results land by index, so the outcome does not depend on thread timing.
        Parallel.For(0, discovery.Files.Count, parallel, i => loaded[i] = FileLoader.Load(discovery.Files[i], options));
        return SnapshotAssembler.Assemble(loaded, discovery.Problems, paths);
    }
}
