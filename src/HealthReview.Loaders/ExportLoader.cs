using HealthReview.Core.Model;
using HealthReview.Loaders.Discovery;
using HealthReview.Loaders.IO;

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
        var (candidates, problems) = Candidates(paths);
        var loaded = new LoadedFile[candidates.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount,
        };

        // Results land by index, so the outcome does not depend on thread timing.
        var done = 0;
        var total = candidates.Length;
        progress?.Report((0, total));
        // Each worker keeps the folder it reads from open (files are opened relative to it) and closes it when it is done.
        Parallel.For(
            0,
            total,
            parallel,
            () => new OpenFolder(),
            (i, _, openFolder) =>
            {
                loaded[i] = FileLoader.Load(candidates[i]!, options, openFolder);

                // Let go of the candidate once it is read, so that it dies young instead of living to the end of the load.
                candidates[i] = null;
                var count = Interlocked.Increment(ref done);
                if (progress is not null && (count % 256 == 0 || count == total))
                {
                    progress.Report((count, total));
                }

                return openFolder;
            },
            openFolder => openFolder.Dispose());
        return SnapshotAssembler.Assemble(loaded, problems, paths);
    }

    /// <summary>The discovered files in an array of their own, which holds the only reference to each.</summary>
    private (CandidateFile?[] Files, IReadOnlyList<Core.Inputs.InputDiagnostic> Problems) Candidates(IReadOnlyList<string> paths)
    {
        var discovery = ExportDiscovery.Discover(paths, options, sizeOnOpen: true);
        return ([.. discovery.Files], discovery.Problems);
    }
}
