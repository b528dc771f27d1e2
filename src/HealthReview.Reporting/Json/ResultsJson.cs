using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthReview.Core.Inputs;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Json;

/// <summary>Maps a <see cref="ScanResult"/> to results.json and back; the options make the bytes stable.</summary>
public static class ResultsJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static ResultsDocument ToDocument(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var snapshot = result.Snapshot;
        return new ResultsDocument(
            ScanResult.SchemaVersion,
            new ToolDocument(result.Tool.Name, result.Tool.Version, result.Tool.RulesVersion),
            Timestamp(result.GeneratedAt),
            [.. snapshot.Inputs.Select(i => new InputDocument(i.Path, i.Sha256, i.SizeBytes, i.MetadataType, Word(i.Status), i.Message, i.Line, i.Column, i.AppName))],
            [.. snapshot.Apps.Select(a => new AppDocument(a.Name, a.Kind.ToString(), a.Files, a.Problems))],
            [],
            [.. snapshot.Diagnostics.Select(d => new DiagnosticDocument(
                Word(d.Severity), d.Code, d.Location.Path, d.Location.Line > 0 ? d.Location.Line : null, d.Location.Column > 0 ? d.Location.Column : null, d.Message))],
            snapshot.ScannedPaths);
    }

    /// <summary>Enum values as the lower-camel words of the contract (Parsed → parsed, NotApplicable → notApplicable).</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
        => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
