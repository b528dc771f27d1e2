namespace HealthReview.Reporting.Json;

/// <summary>The JSON Schema of results.json, shipped inside the program (also at schemas/results.schema.json).</summary>
public static class ResultsSchema
{
    public static string Text()
    {
        using var stream = typeof(ResultsSchema).Assembly.GetManifestResourceStream("schemas/results.schema.json")
            ?? throw new InvalidOperationException("the results schema is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
