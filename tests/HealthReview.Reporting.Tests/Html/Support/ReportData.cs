using System.Text.Json;
using AngleSharp.Html.Dom;

namespace HealthReview.Reporting.Tests.Html.Support;

/// <summary>The page's JSON data block, read back: the rows the script adds and each finding's details as text.</summary>
public sealed class ReportData
{
    private readonly JsonElement root;
    private readonly string[] strings;

    public ReportData(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Raw = document.QuerySelector("script#hr-data")!.TextContent;
        root = JsonDocument.Parse(Raw).RootElement.Clone();
        strings = [.. root.GetProperty("s").EnumerateArray().Select(s => s.GetString()!)];
    }

    public string Raw { get; }

    public IReadOnlyList<string> Strings => strings;

    /// <summary>The finding indexes of the rows the script adds, in order.</summary>
    public IReadOnlyList<int> RowFindings => [.. root.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32())];

    /// <summary>Every string in a finding's details, flattened in order.</summary>
    public IReadOnlyList<string> Details(int finding) => [.. Flatten(root.GetProperty("details")[finding])];

    private IEnumerable<string> Flatten(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Flatten),
        JsonValueKind.Number => [strings[element.GetInt32()]],
        _ => [],
    };
}
