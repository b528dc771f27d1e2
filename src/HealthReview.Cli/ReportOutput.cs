using HealthReview.Core.Results;
using HealthReview.Reporting;
using HealthReview.Reporting.Output;

namespace HealthReview.Cli;

/// <summary>
/// Runs every requested writer into the output folder. Writers are independent: one that fails is reported and the
/// others still run; each file appears under its final name only once complete.
/// </summary>
public static class ReportOutput
{
    public static (IReadOnlyList<string> Written, bool Failed) WriteAll(ScanResult result, IEnumerable<IReportWriter> writers, IReadOnlyCollection<string> formats, string directory, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(writers);
        ArgumentNullException.ThrowIfNull(error);
        var written = new List<string>();
        var failed = false;
        foreach (var writer in writers.Where(w => formats.Contains(w.Format)))
        {
            var target = Path.Combine(directory, writer.FileName);
            try
            {
                AtomicFileWriter.Write(target, stream => writer.Write(result, stream));
                written.Add(target.Replace('\\', '/'));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error.WriteLine($"healthreview: the {writer.Format} report could not be written to {target}: {ex.Message}");
                failed = true;
            }
        }

        return (written, failed);
    }
}
