using HealthReview.Core.Results;
using HealthReview.Reporting.Json;

namespace HealthReview.Cli;

/// <summary>Reads an earlier results.json given as --baseline or --from; a bad file is a usage error.</summary>
public static class BaselineFile
{
    public static ScanResult Read(string path, string option)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{option} {path}: no such file");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return ResultsReader.Read(stream, path);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"{option}: {ex.Message}", ex);
        }
    }
}
