namespace HealthReview.Core.Inputs;

public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, changes nothing (an element this version does not know yet).</summary>
    Info,

    /// <summary>Something odd that was handled (an orphaned policy file whose app header is missing).</summary>
    Warning,

    /// <summary>Some input could not be read or understood; the scan exits with code 3.</summary>
    Error,
}
