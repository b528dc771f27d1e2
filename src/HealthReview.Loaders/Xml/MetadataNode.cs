namespace HealthReview.Loaders.Xml;

/// <summary>
/// A light element tree built straight from <see cref="System.Xml.XmlReader"/>: metadata files are shallow and small, so
/// this is cheaper than XDocument and keeps exactly what binding needs (local name, text, where it is).
/// </summary>
public sealed class MetadataNode
{
    private readonly List<MetadataNode> children = [];

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
    public string? Text { get; private set; }

    /// <summary>Where the text starts, so that a line of a multi-line value (callback URLs) can be located.</summary>
    public int TextLine { get; private set; }

    public IReadOnlyList<MetadataNode> Children => children;

    internal void AddChild(MetadataNode child) => children.Add(child);

    internal void AppendText(string text, int line)
    {
        if (Text is null)
        {
            Text = text;
            TextLine = line;
        }
        else
        {
            Text += text;
        }
    }
}
