using HealthReview.Core.Model;

namespace HealthReview.Core.Inputs;

/// <summary>A one-line message about an input, with the file and, where known, the line and column.</summary>
public sealed record InputDiagnostic(DiagnosticSeverity Severity, string Code, SourceLocation Location, string Message)
{
    /// <summary>The one-line form printed to the console: <c>path:line:column: message</c>.</summary>
    public string ToDisplayString()
    {
        var where = Location.Line > 0
            ? (Location.Column > 0 ? $"{Location.Path}:{Location.Line}:{Location.Column}" : $"{Location.Path}:{Location.Line}")
            : Location.Path;
        return $"{where}: {Message}";
    }
}
