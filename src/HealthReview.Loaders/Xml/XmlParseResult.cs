namespace HealthReview.Loaders.Xml;

/// <summary>Either a root node or a one-line reason with the line and column where parsing stopped.</summary>
public sealed record XmlParseResult(MetadataNode? Root, string? Error, int Line, int Column)
{
    public bool Succeeded => Root is not null;
}
