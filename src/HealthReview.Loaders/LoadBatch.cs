using HealthReview.Loaders.Discovery;

namespace HealthReview.Loaders;

/// <summary>A run of discovered files that one worker reads, and the places their results go.</summary>
internal sealed class LoadBatch(CandidateFile?[] files, int start, int count)
{
    public int Count => count;

    public LoadedFile[] Loaded { get; } = new LoadedFile[count];

    /// <summary>
    /// The batch's file <paramref name="index"/>, let go of as it is taken: a candidate then dies young instead of living to
    /// the end of the load.
    /// </summary>
    public CandidateFile Take(int index)
    {
        var file = files[start + index]!;
        files[start + index] = null;
        return file;
    }
}
