using HealthReview.Core.Inputs;
using HealthReview.Core.Model;

namespace HealthReview.Loaders.Xml;

/// <summary>Collects what binding one file finds wrong or unknown, so binders stay pure functions of the tree.</summary>
public sealed class BindingContext
{
    // Made on first use: most files have neither, and their (kept) lists would otherwise be two objects per file.
    private List<InputDiagnostic>? diagnostics;
    private List<UnknownElement>? unknownElements;

    public BindingContext(string path, string metadataType)
    {
        Path = path;
        MetadataType = metadataType;
    }

    public string Path { get; }

    public string MetadataType { get; }

    // Typed as the interface before the fallback, so that [] is the shared empty array: "list is null ? [] : list" would
    // make [] a new List for every file, which is then kept with the file until the snapshot is assembled.
    public IReadOnlyList<InputDiagnostic> Diagnostics => (IReadOnlyList<InputDiagnostic>?)diagnostics ?? [];

    public IReadOnlyList<UnknownElement> UnknownElements => (IReadOnlyList<UnknownElement>?)unknownElements ?? [];

    public SourceLocation At(MetadataNode node) => new(Path, node.Line, node.Column);

    public void InvalidValue(MetadataNode node, string elementPath, string problem) =>
        (diagnostics ??= []).Add(new InputDiagnostic(DiagnosticSeverity.Error, "invalid-value", At(node), $"<{elementPath}>: {problem}"));

    public void Unknown(MetadataNode node, string elementPath)
    {
        (unknownElements ??= []).Add(new UnknownElement(MetadataType, elementPath, At(node)));
        (diagnostics ??= []).Add(new InputDiagnostic(
            DiagnosticSeverity.Info,
            "unknown-element",
            At(node),
            $"<{elementPath}> is not a known {MetadataType} element; kept and ignored"));
    }

    public void Problem(DiagnosticSeverity severity, string code, MetadataNode node, string message) =>
        (diagnostics ??= []).Add(new InputDiagnostic(severity, code, At(node), message));

    public void Problem(DiagnosticSeverity severity, string code, SourceLocation location, string message) =>
        (diagnostics ??= []).Add(new InputDiagnostic(severity, code, location, message));
}
