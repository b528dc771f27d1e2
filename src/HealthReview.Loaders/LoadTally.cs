namespace HealthReview.Loaders;

/// <summary>Files found and files read so far, told to a progress bar now and then; safe to use from every worker.</summary>
internal sealed class LoadTally(IProgress<(int Done, int Total)>? progress)
{
    private const int ReportEvery = 256;

    private int found;
    private int done;

    public void Found(int count) => Interlocked.Add(ref found, count);

    public void Done()
    {
        var count = Interlocked.Increment(ref done);
        if (progress is not null && count % ReportEvery == 0)
        {
            progress.Report((count, Volatile.Read(ref found)));
        }
    }
}
