using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Discovery;
using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders;

/// <summary>One file after reading and binding: its inventory line, what it contributes (if anything) and what went wrong.</summary>
/// <remarks>
/// It keeps the file's role rather than its <see cref="CandidateFile"/>: every loaded file lives until the snapshot is
/// assembled, and the candidate (with its name record and, for a file on disk, a copy made when its size became known)
/// would live as long for nothing.
/// </remarks>
public sealed record LoadedFile(FileRole Role, InputFile Input)
{
    /// <summary>The bound record (EcaHeader, ConnectedAppDefinition…); null when the file contributes nothing.</summary>
    public MetadataComponent? Component { get; init; }

    /// <summary>The app this file belongs to: its <c>externalClientApplication</c> value, or its file name for headers and Connected Apps.</summary>
    public string? AppName { get; init; }

    public IReadOnlyList<InputDiagnostic> Diagnostics { get; init; } = [];

    public IReadOnlyList<UnknownElement> UnknownElements { get; init; } = [];

    public IReadOnlyList<SecretMarker> SecretMarkers { get; init; } = [];

    /// <summary>Package directories, when this is an sfdx-project.json.</summary>
    public IReadOnlyList<string> PackageDirectories { get; init; } = [];
}
