using System.Globalization;
using HealthReview.Loaders;

namespace HealthReview.Benchmarks;

/// <summary><c>healthreview-bench digest PATH...</c>: the snapshot's SHA-256, with parallelism 1 and the default.</summary>
internal static class DigestCommand
{
    public static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        var parallel = new ExportLoader().Load(paths);
        var single = new ExportLoader(new LoaderOptions { Parallelism = 1 }).Load(paths);
        var digest = SnapshotDigest.Compute(parallel);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{digest}  {parallel.Inputs.Count} files, {parallel.Apps.Count} apps, {parallel.Diagnostics.Count} diagnostics, " +
            $"{parallel.UnknownElements.Count} unknown elements, {parallel.SecretMarkers.Count} secret markers  {string.Join(' ', paths)}"));
        if (SnapshotDigest.Compute(single) != digest)
        {
            output.WriteLine("  differs with Parallelism = 1!");
            return 1;
        }

        return 0;
    }
}
