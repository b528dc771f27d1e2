namespace HealthReview.Core.Inputs;

/// <summary>Diagnostic codes that callers act on.</summary>
public static class DiagnosticCodes
{
    /// <summary>A scanned PATH does not exist: a usage error (exit 2), though the other paths are still scanned.</summary>
    public const string MissingPath = "missing-path";
}
