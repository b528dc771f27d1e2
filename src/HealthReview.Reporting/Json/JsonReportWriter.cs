using System.Text.Json;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Json;

/// <summary>results.json: the complete, stable machine-readable result.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public string FileName => "results.json";

    public void Write(ScanResult result, Stream output)
    {
        JsonSerializer.Serialize(output, ResultsJson.ToDocument(result), ResultsJson.Options);
        output.WriteByte((byte)'\n');
    }
}
