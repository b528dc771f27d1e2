namespace HealthReview.Core.Tests.Cvss;

/// <summary>Reads a known-answer TSV from Cvss/TestData in the test output (copied there by the csproj).</summary>
internal static class KnownAnswerFile
{
    /// <summary>The rows after the header line, split on tabs.</summary>
    public static IReadOnlyList<string[]> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cvss", "TestData", fileName);
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToList();
    }
}
