using System.Xml;

namespace HealthReview.Loaders.Xml;

/// <summary>
/// Parses one metadata file with DTDs prohibited and no resolver: an external entity or an entity-expansion bomb is refused
/// before any entity is read, so its content can never reach a report.
/// </summary>
public static class SafeXmlParser
{
    /// <summary>Metadata is a few levels deep; anything far deeper is hostile or broken.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// A thread's name table is replaced once it holds this many strings (names, indentation, short values): a hostile
    /// export cannot grow it without bound, and its bucket array stays off the large object heap.
    /// </summary>
    internal const int MaxSharedNames = 4_000;

    /// <summary>
    /// Text up to this long is taken from the name table: true, false, numbers and enum values repeat in every file (in the
    /// synthetic export, 52 distinct values make up 8 of the 13 values of a file), while longer text is mostly unique.
    /// </summary>
    private const int MaxSharedTextLength = 8;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    // Each thread keeps one name table across the files it parses: element names and indentation are then made once per
    // thread instead of once per file, and the reader does not build a table of its own for every file.
    [ThreadStatic]
    private static XmlReaderSettings? threadSettings;

    [ThreadStatic]
    private static CountingNameTable? threadNames;

    [ThreadStatic]
    private static char[]? valueBuffer;

    [ThreadStatic]
    private static List<MetadataNode>? childBuffer;

    [ThreadStatic]
    private static List<string>? textBuffer;

    [ThreadStatic]
    private static Stack<OpenElement>? openBuffer;

    /// <summary>
    /// Parses a whole file: plain XML (what Salesforce writes) with <see cref="PlainXmlScanner"/>, anything else, including
    /// every broken or hostile file, with <see cref="XmlReader"/>, which words the error.
    /// </summary>
    public static XmlParseResult Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Parse(new ArraySegment<byte>(content));
    }

    internal static XmlParseResult Parse(ArraySegment<byte> content) =>
        PlainXmlScanner.TryParse(content, ThreadNames()) is { } root
            ? new XmlParseResult(root, null, 0, 0)
            : Parse(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false));

    /// <summary>Parses with <see cref="XmlReader"/> alone.</summary>
    public static XmlParseResult Parse(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var names = ThreadNames();
        using var reader = XmlReader.Create(content, threadSettings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            return Build(reader, lineInfo, names);
        }
        catch (XmlException ex)
        {
            return new XmlParseResult(null, Describe(ex), ex.LineNumber, ex.LinePosition);
        }
    }

    /// <summary>The calling thread's name table, shared by both parsers; replaced once a hostile export has filled it.</summary>
    internal static CountingNameTable ThreadNames()
    {
        if (threadSettings is null || threadNames is null || threadNames.Count > MaxSharedNames)
        {
            threadNames = new CountingNameTable();
            threadSettings = Settings.Clone();
            threadSettings.NameTable = threadNames;
        }

        return threadNames;
    }

    /// <summary>
    /// A string for decoded text: a short one from the name table (indentation, true, false, numbers repeat on every line of
    /// every file), a longer one shared through <see cref="TextPool"/> when it repeats.
    /// </summary>
    internal static string ShareText(char[] buffer, int length, CountingNameTable names) =>
        length <= MaxSharedTextLength ? names.Add(buffer, 0, length) : TextPool.Share(buffer.AsSpan(0, length));

    private static XmlParseResult Build(XmlReader reader, IXmlLineInfo lineInfo, CountingNameTable names)
    {
        // The children and later text of the open elements, in document order; an element takes its own when it ends.
        var children = childBuffer ??= [];
        var texts = textBuffer ??= [];
        var open = openBuffer ??= new Stack<OpenElement>();
        try
        {
            MetadataNode? root = null;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var node = new MetadataNode(reader.LocalName, reader.NamespaceURI, lineInfo.LineNumber, lineInfo.LinePosition);
                        if (open.Count == 0)
                        {
                            root = node;
                        }
                        else
                        {
                            children.Add(node);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            if (open.Count >= MaxDepth)
                            {
                                return new XmlParseResult(null, $"elements are nested more than {MaxDepth} deep", lineInfo.LineNumber, lineInfo.LinePosition);
                            }

                            open.Push(new OpenElement(node, children.Count, texts.Count));
                        }

                        break;
                    case XmlNodeType.EndElement:
                        var ended = open.Pop();
                        ended.Node.Complete(children, ended.FirstChild, texts, ended.FirstLaterText);
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count > 0)
                        {
                            var line = lineInfo.LineNumber;
                            var value = reader.NodeType == XmlNodeType.CDATA ? reader.Value : Value(reader, names);
                            if (!open.Peek().Node.TrySetFirstText(value, line))
                            {
                                texts.Add(value);
                            }
                        }

                        break;
                }
            }

            return root is null
                ? new XmlParseResult(null, "no root element", lineInfo.LineNumber, lineInfo.LinePosition)
                : new XmlParseResult(root, null, 0, 0);
        }
        finally
        {
            children.Clear();
            texts.Clear();
            open.Clear();
        }
    }

    /// <summary>
    /// The value of a text or whitespace node, the same as <see cref="XmlReader.Value"/>; a short one comes from the name
    /// table, since indentation and values such as true and false repeat on every line of every file.
    /// </summary>
    private static string Value(XmlReader reader, CountingNameTable names)
    {
        var buffer = valueBuffer ??= new char[256];

        // Filled until the reader says the value has ended (0). Never asked for fewer than 2 characters: a surrogate pair
        // does not fit in 1, and the reader would take that for an error.
        var length = 0;
        int read;
        while (buffer.Length - length >= 2 && (read = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (buffer.Length - length >= 2)
        {
            return ShareText(buffer, length, names);
        }

        // A long value (a certificate, a description): read the rest.
        var text = new System.Text.StringBuilder(buffer.Length * 2).Append(buffer, 0, length);
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    private static string Describe(XmlException ex)
    {
        // XmlException messages end with "Line 3, position 5." — we print line and column ourselves.
        var message = ex.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return "DOCTYPE/DTD is not allowed in metadata (external entities and entity expansion are refused); nothing from this file was used";
        }

        return "malformed XML: " + message.TrimEnd('.');
    }

    /// <summary>An element being read: where its children and its later pieces of text start in the buffers.</summary>
    private readonly record struct OpenElement(MetadataNode Node, int FirstChild, int FirstLaterText);
}
