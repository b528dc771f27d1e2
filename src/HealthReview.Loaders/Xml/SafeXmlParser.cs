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

    /// <summary>A thread's name table is replaced once it holds this many strings (element names and indentation).</summary>
    private const int MaxSharedNames = 10_000;

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
    private static char[]? whitespaceBuffer;

    [ThreadStatic]
    private static List<MetadataNode>? childBuffer;

    [ThreadStatic]
    private static List<string>? textBuffer;

    [ThreadStatic]
    private static Stack<OpenElement>? openBuffer;

    public static XmlParseResult Parse(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (threadSettings is null || threadNames is null || threadNames.Count > MaxSharedNames)
        {
            threadNames = new CountingNameTable();
            threadSettings = Settings.Clone();
            threadSettings.NameTable = threadNames;
        }

        using var reader = XmlReader.Create(content, threadSettings);
        var lineInfo = (IXmlLineInfo)reader;
        try
        {
            return Build(reader, lineInfo, threadNames);
        }
        catch (XmlException ex)
        {
            return new XmlParseResult(null, Describe(ex), ex.LineNumber, ex.LinePosition);
        }
    }

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
                        if (open.Count > 0)
                        {
                            var value = reader.Value;
                            if (!open.Peek().Node.TrySetFirstText(value, lineInfo.LineNumber))
                            {
                                texts.Add(value);
                            }
                        }

                        break;
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count > 0)
                        {
                            var line = lineInfo.LineNumber;
                            var whitespace = Whitespace(reader, names);
                            if (!open.Peek().Node.TrySetFirstText(whitespace, line))
                            {
                                texts.Add(whitespace);
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

    /// <summary>The value of a whitespace node, from the name table: indentation repeats on every line of every file.</summary>
    private static string Whitespace(XmlReader reader, CountingNameTable names)
    {
        var buffer = whitespaceBuffer ??= new char[64];
        var length = reader.ReadValueChunk(buffer, 0, buffer.Length);
        if (length < buffer.Length)
        {
            return names.Add(buffer, 0, length);
        }

        // Longer than the buffer (blank lines, deep indentation): read the rest and keep it out of the table.
        var text = new System.Text.StringBuilder().Append(buffer, 0, length);
        while ((length = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, length);
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
