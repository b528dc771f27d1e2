using HealthReview.Core.Results;

namespace HealthReview.Reporting;

/// <summary>One output format. A writer formats into the stream it is given and never chooses where files go.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line (<c>json</c>, <c>sarif</c>…).</summary>
    string Format { get; }

    /// <summary>The file name in the output folder (<c>results.json</c>…).</summary>
    string FileName { get; }

    void Write(ScanResult result, Stream output);
}
