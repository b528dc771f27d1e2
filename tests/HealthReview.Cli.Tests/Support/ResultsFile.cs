using System.Text.Json;

namespace HealthReview.Cli.Tests.Support;

/// <summary>Reads a results.json written by a scan.</summary>
internal static class ResultsFile
{
    public static JsonElement Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, "results.json");
        File.Exists(path).Should().BeTrue($"{path} should have been written");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    /// <summary>The inputs of a results file as (path, status) pairs.</summary>
    public static IEnumerable<(string? Path, string? Status)> Inputs(JsonElement results) =>
        results.GetProperty("inputs").EnumerateArray().Select(i => (i.GetProperty("path").GetString(), i.GetProperty("status").GetString()));
}
