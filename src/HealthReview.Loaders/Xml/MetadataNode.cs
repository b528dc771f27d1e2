namespace HealthReview.Loaders.Xml;

/// <summary>
/// A light element tree built straight from <see cref="System.Xml.XmlReader"/>: metadata files are shallow and small, so
/// this is cheaper than XDocument and keeps exactly what binding needs (local name, text, where it is).
/// </summary>
public sealed class MetadataNode
{
    // Set once the element ends, at their exact size (the parser gathers them in a buffer it reuses); null for a leaf.
    private MetadataNode[]? children;
    private string? text;

    // Text after the first piece (the indentation between children, text around a comment or CDATA): kept as pieces and
    // joined only when asked for, since only a leaf's text is ever read and joining as we go is quadratic.
    private string[]? laterText;
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

    /// <summary>
    /// The element's own text (text and CDATA children joined), or null when it has none. Only a leaf keeps its text: the
    /// text of an element with child elements is indentation (or mixed content, which no metadata type has) and is never
    /// read, so it is dropped when the element ends.
    /// </summary>
    public string? Text => laterText is null ? text : joinedText ??= text + string.Concat(laterText);

    /// <summary>Where the text starts, so that a line of a multi-line value (callback URLs) can be located.</summary>
    public int TextLine { get; private set; }

    public IReadOnlyList<MetadataNode> Children => ChildArray;

    /// <summary>The children as the array they are kept in (empty for a leaf): binding indexes it directly rather than through the interface.</summary>
    internal MetadataNode[] ChildArray => children ?? [];

    /// <summary>Takes the first piece of text; false when the element already has text (the piece is then a later one).</summary>
    internal bool TrySetFirstText(string text, int line)
    {
        if (this.text is not null)
        {
            return false;
        }

        this.text = text;
        TextLine = line;
        return true;
    }

    /// <summary>The element has ended: its children are the tail of the parser's buffer. An element with children drops its text.</summary>
    internal void Complete(List<MetadataNode> childBuffer, int firstChild)
    {
        var childCount = childBuffer.Count - firstChild;
        if (childCount > 0)
        {
            children = new MetadataNode[childCount];
            childBuffer.CopyTo(firstChild, children, 0, childCount);
            childBuffer.RemoveRange(firstChild, childCount);
            text = null;
            TextLine = 0;
        }
    }

    /// <summary>As <see cref="Complete(List{MetadataNode}, int)"/>, with the later pieces of text at the tail of the text buffer.</summary>
    internal void Complete(List<MetadataNode> childBuffer, int firstChild, List<string> textBuffer, int firstLaterText)
    {
        Complete(childBuffer, firstChild);
        var textCount = textBuffer.Count - firstLaterText;
        if (children is null && textCount > 0)
        {
            laterText = new string[textCount];
            textBuffer.CopyTo(firstLaterText, laterText, 0, textCount);
        }

        textBuffer.RemoveRange(firstLaterText, textCount);
    }
}
