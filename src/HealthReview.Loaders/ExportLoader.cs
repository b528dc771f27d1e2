using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Discovery;
using HealthReview.Loaders.IO;

namespace HealthReview.Loaders;

/// <summary>The loader's entry point: scanned PATHs → one immutable <see cref="ExportSnapshot"/>.</summary>
public sealed class ExportLoader
{
    // Files handed to a worker at a time: enough to make the hand-over cheap, few enough to share a folder's files out.
    private const int FilesPerBatch = 64;

    private readonly LoaderOptions options;

    public ExportLoader(LoaderOptions? options = null)
    {
        this.options = options ?? new LoaderOptions();
    }

    /// <param name="progress">
    /// Told (files done, files found) as files are read, for a progress bar. With more than one worker, files are read
    /// while folders are still being listed, so the number found grows until the listing is over.
    /// </param>
    public ExportSnapshot Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default, IProgress<(int Done, int Total)>? progress = null)
    {
        var workers = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        var tally = new LoadTally(progress);
        progress?.Report((0, 0));
        var (loaded, problems) = workers == 1
            ? LoadInTurn(paths, tally, cancellationToken)
            : LoadWhileListing(paths, workers, tally, cancellationToken);
        progress?.Report((loaded.Length, loaded.Length));
        return SnapshotAssembler.Assemble(loaded, problems, paths);
    }

    /// <summary>Lists everything, then reads the files one after another on the calling thread.</summary>
    private (LoadedFile[] Loaded, IReadOnlyList<InputDiagnostic> Problems) LoadInTurn(IReadOnlyList<string> paths, LoadTally tally, CancellationToken cancellationToken)
    {
        var (candidates, problems) = Candidates(paths);
        var batch = new LoadBatch(candidates, 0, candidates.Length);
        tally.Found(batch.Count);
        using var openFolder = new OpenFolder();
        Read(batch, openFolder, tally, cancellationToken);
        return (batch.Loaded, problems);
    }

    /// <summary>The discovered files in an array of their own, which holds the only reference to each.</summary>
    private (CandidateFile?[] Files, IReadOnlyList<InputDiagnostic> Problems) Candidates(IReadOnlyList<string> paths)
    {
        var discovery = ExportDiscovery.Discover(paths, options, sizeOnOpen: true);
        return ([.. discovery.Files], discovery.Problems);
    }

    /// <summary>
    /// The calling thread lists the folders and hands their files out in batches as it goes; the other workers read them
    /// meanwhile, and the calling thread joins them when the listing is over. Every batch keeps its place in the listing's
    /// order and its files are written back by index, so the outcome does not depend on thread timing.
    /// </summary>
    private (LoadedFile[] Loaded, IReadOnlyList<InputDiagnostic> Problems) LoadWhileListing(IReadOnlyList<string> paths, int workers, LoadTally tally, CancellationToken cancellationToken)
    {
        var batches = new List<LoadBatch>();
        using var queue = new BlockingCollection<LoadBatch>();
        var readers = new Task[workers - 1];
        for (var i = 0; i < readers.Length; i++)
        {
            readers[i] = Task.Factory.StartNew(() => ReadAll(queue, tally, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        List<InputDiagnostic> problems = [];
        var inOrder = true;
        ExceptionDispatchInfo? failure = null;
        try
        {
            (problems, inOrder) = ExportDiscovery.Discover(paths, options, sizeOnOpen: true, run =>
            {
                for (var start = 0; start < run.Length; start += FilesPerBatch)
                {
                    var batch = new LoadBatch(run, start, Math.Min(FilesPerBatch, run.Length - start));
                    batches.Add(batch);
                    tally.Found(batch.Count);
                    queue.Add(batch, cancellationToken);
                }
            });
        }
        catch (Exception ex)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            // Whatever happened, the readers must see the end of the queue, or they would wait for ever.
            queue.CompleteAdding();
        }

        if (failure is null)
        {
            try
            {
                ReadAll(queue, tally, cancellationToken);
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }

        try
        {
            Task.WaitAll(readers, CancellationToken.None);
        }
        catch (AggregateException ex)
        {
            failure ??= ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]);
        }

        failure?.Throw();
        var loaded = new LoadedFile[batches.Sum(batch => batch.Count)];
        var at = 0;
        foreach (var batch in batches)
        {
            batch.Loaded.CopyTo(loaded, at);
            at += batch.Count;
        }

        // Out of order only when a name holds a backslash (see ExportDiscovery.Discover): then sorted as discovery sorts.
        if (!inOrder)
        {
            Array.Sort(loaded, (a, b) => string.CompareOrdinal(a.Input.Path, b.Input.Path));
        }

        return (loaded, problems);
    }

    private void ReadAll(BlockingCollection<LoadBatch> queue, LoadTally tally, CancellationToken cancellationToken)
    {
        // Each worker keeps the folder it reads from open (files are opened relative to it) and closes it when it is done.
        using var openFolder = new OpenFolder();
        foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
        {
            Read(batch, openFolder, tally, cancellationToken);
        }
    }

    private void Read(LoadBatch batch, OpenFolder openFolder, LoadTally tally, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Loaded[i] = FileLoader.Load(batch.Take(i), options, openFolder);
            tally.Done();
        }
    }
}
