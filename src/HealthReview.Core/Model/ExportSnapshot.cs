using HealthReview.Core.Inputs;

namespace HealthReview.Core.Model;

/// <summary>Everything a scan read: the inventory, the apps, the org settings and what went wrong. Immutable.</summary>
public sealed record ExportSnapshot
{
    /// <summary>Every file that looks like metadata, sorted by path.</summary>
    public required IReadOnlyList<InputFile> Inputs { get; init; }

    /// <summary>Every app, sorted by name (ordinal) then kind.</summary>
    public required IReadOnlyList<OAuthClient> Apps { get; init; }

    /// <summary>Null when the export has no <c>ExternalClientApp.settings</c>, or when it could not be used.</summary>
    public ExternalClientAppOrgSettings? OrgSettings { get; init; }

    /// <summary>Sorted by path, line, column.</summary>
    public required IReadOnlyList<InputDiagnostic> Diagnostics { get; init; }

    public IReadOnlyList<UnknownElement> UnknownElements { get; init; } = [];

    public IReadOnlyList<SecretMarker> SecretMarkers { get; init; } = [];

    /// <summary>The PATH arguments as given, for the report's scope section.</summary>
    public IReadOnlyList<string> ScannedPaths { get; init; } = [];

    public bool HasInputErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
