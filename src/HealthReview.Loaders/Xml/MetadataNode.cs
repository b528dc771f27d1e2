namespace HealthReview.Loaders.Xml;

/// <summary>
/// A light element tree built straight from <see cref="System.Xml.XmlReader"/>: metadata files are shallow and small, so
/// this is cheaper than XDocument and keeps exactly what binding needs (local name, text, where it is).
/// </summary>
public sealed class MetadataNode
{
    // Most elements are leaves: the child list is made on the first child.
    private List<MetadataNode>? children;
    private string? text;

    // Text after the first piece (the indentation between children, text around a comment or CDATA): kept as pieces and
    // joined only when asked for, since only a leaf's text is ever read and joining as we go is quadratic.
    private List<string>? laterText;
    private string? joinedText;

    public MetadataNode(string name, string namespaceUri, int line, int column)
    {
        Name = name;
        NamespaceUri = namespaceUri;
        Line = line;
        Column = column;
    }

    public string Name { get; }

    public string NamespaceUri { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The element's own text (text and CDATA children joined), or null when it has none.</summary>
    public string? Text => laterText is null ? text : joinedText ??= text + string.Concat(laterText);

    /// <summary>Where the text starts, so that a line of a multi-line value (callback URLs) can be located.</summary>
    public int TextLine { get; private set; }

    public IReadOnlyList<MetadataNode> Children => children is null ? [] : children;

    internal void AddChild(MetadataNode child) => (children ??= []).Add(child);

    internal void AppendText(string text, int line)
    {
        if (this.text is null)
        {
            this.text = text;
            TextLine = line;
        }
        else
        {
            (laterText ??= []).Add(text);
            joinedText = null;
        }
    }
}
