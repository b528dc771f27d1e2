namespace HealthReview.Core.Model;

/// <summary>One parsed metadata file: the file it came from and where its root element starts.</summary>
public abstract record MetadataComponent
{
    public required SourceLocation Location { get; init; }

    public string SourceFile => Location.Path;
}
