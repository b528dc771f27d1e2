using System.Buffers;
using System.Text;

namespace HealthReview.Loaders.Xml;

/// <summary>
/// Builds the element tree of plain XML (the kind Salesforce writes) straight from its UTF-8 bytes, and declines anything
/// else. <see cref="XmlReader"/>-based parsing stays the authority: a declined file is parsed again by
/// <see cref="SafeXmlParser"/> with <c>XmlReader</c>, which gives the error message and position for a broken one.
/// </summary>
/// <remarks>
/// <para>
/// Why a scanner of our own: an export is tens of thousands of files of a few hundred bytes, and for each one
/// <c>XmlReader</c> sets up decoders, buffers and a namespace manager (about 8 KB allocated per file) and hands the text over
/// in chunks; reading Salesforce's subset directly is several times faster and allocates only the tree.
/// </para>
/// <para>
/// The subset, in full: an optional UTF-8 byte-order mark; an optional XML declaration (version 1.0, encoding UTF-8,
/// standalone); one root element that may declare a default namespace and nothing else; elements with ASCII names and no
/// attributes; text with the five predefined entities and character references; whitespace around the root. Anything else
/// (a DOCTYPE, comments, CDATA, processing instructions, prefixes, other attributes, non-ASCII names, characters XML does
/// not allow, mismatched or unclosed tags, nesting past <see cref="SafeXmlParser.MaxDepth"/>) is declined, never guessed at.
/// For what it accepts, the tree is the one <c>XmlReader</c> gives: same names, namespaces, text (line ends normalised),
/// lines and columns (columns in UTF-16 code units). A differential test over real files and mutated ones holds it to that.
/// </para>
/// </remarks>
public static class PlainXmlScanner
{
    private const int MaxNameLength = 128;

    // Bytes that text can hold without a closer look: printable ASCII other than the reference and CDATA-end starters,
    // plus tab and line feed.
    private static readonly SearchValues<byte> PlainText = SearchValues.Create(PlainTextBytes());

    private static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\r\n"u8);

    [ThreadStatic]
    private static char[]? textBuffer;

    [ThreadStatic]
    private static OpenElement[]? openBuffer;

    [ThreadStatic]
    private static List<MetadataNode>? childBuffer;

    /// <summary>The tree of <paramref name="xml"/>, or null when the file is not plain XML (or is not well-formed).</summary>
    public static MetadataNode? TryParse(ReadOnlySpan<byte> xml) => TryParse(xml, SafeXmlParser.ThreadNames());

    internal static MetadataNode? TryParse(ReadOnlySpan<byte> xml, CountingNameTable names)
    {
        var scanner = new Scanner(xml, names, textBuffer ??= new char[256], openBuffer ??= new OpenElement[SafeXmlParser.MaxDepth], childBuffer ??= []);
        try
        {
            return scanner.Document();
        }
        finally
        {
            childBuffer.Clear();

            // A buffer grown for a long value (a certificate) is kept only up to a modest size.
            textBuffer = scanner.Text.Length > 64 * 1024 ? null : scanner.Text;
        }
    }

    private static byte[] PlainTextBytes()
    {
        var bytes = new List<byte> { (byte)'\t', (byte)'\n' };
        for (var b = 0x20; b < 0x7F; b++)
        {
            if (b is not ('&' or '<' or ']'))
            {
                bytes.Add((byte)b);
            }
        }

        return [.. bytes];
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    // The ASCII name characters of the subset (a prefix's colon and non-ASCII names are declined).
    private static readonly SearchValues<byte> NameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"u8);

    private static bool IsNameStart(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || b == '_';

    /// <summary>Characters XML 1.0 allows in a document (the <c>Char</c> production).</summary>
    private static bool IsXmlChar(int c) => c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>
    /// An element being read: where its name is, where its children start in the buffer, and its text while it has no
    /// children (where it is and on which line it starts; decoded only if the element ends a leaf).
    /// </summary>
    private readonly record struct OpenElement(MetadataNode Node, int NameStart, int NameLength, int FirstChild, int TextStart = 0, int TextEnd = 0, int TextLine = 0);

    private ref struct Scanner
    {
        private readonly ReadOnlySpan<byte> xml;
        private readonly CountingNameTable names;
        private readonly OpenElement[] open;
        private readonly List<MetadataNode> children;
        private int depth;
        private int position;

        // Line counting is done lazily, up to countedTo: line is the line at that point and lineStart the byte where it began.
        private int countedTo;
        private int line;
        private int lineStart;

        // Columns are counted along the line as positions are asked for (in document order): columnAt is the byte up to
        // which the current line's UTF-16 code units are counted, and columnUnits how many there are. Counting each
        // column from the start of its line again would be quadratic on minified XML, where the whole file is one line.
        private int columnAt;
        private int columnUnits;

        public Scanner(ReadOnlySpan<byte> xml, CountingNameTable names, char[] text, OpenElement[] open, List<MetadataNode> children)
        {
            this.xml = xml;
            this.names = names;
            Text = text;
            this.open = open;
            this.children = children;
            line = 1;
        }

        public char[] Text { get; private set; }

        public MetadataNode? Document()
        {
            if (xml.StartsWith("\uFEFF"u8))
            {
                // The byte-order mark is not a character of the document: column 1 starts after it.
                position = 3;
                countedTo = 3;
                lineStart = 3;
            }

            if (xml[position..].StartsWith("<?"u8) && !Declaration())
            {
                return null;
            }

            SkipWhitespace();
            if (position + 1 >= xml.Length || xml[position] != '<' || !IsNameStart(xml[position + 1]))
            {
                return null;
            }

            MetadataNode? root = null;
            while (true)
            {
                // At '<'.
                if (xml[position + 1] == '/')
                {
                    if (!EndTag())
                    {
                        return null;
                    }

                    if (depth == 0)
                    {
                        // The root has ended: only whitespace may follow.
                        SkipWhitespace();
                        return position == xml.Length ? root : null;
                    }
                }
                else
                {
                    var element = StartTag(root is null, out var empty);
                    if (element is null)
                    {
                        return null;
                    }

                    if (root is null)
                    {
                        root = element;
                        if (empty)
                        {
                            SkipWhitespace();
                            return position == xml.Length ? root : null;
                        }
                    }
                }

                // Text up to the next markup, which must be a start or end tag.
                var next = xml[position..].IndexOf((byte)'<');
                if (next < 0)
                {
                    return null;
                }

                if (next > 0 && !TextRun(position, position + next))
                {
                    return null;
                }

                position += next;
                if (position + 1 >= xml.Length || !(xml[position + 1] == '/' || IsNameStart(xml[position + 1])))
                {
                    return null;
                }
            }
        }

        /// <summary>The XML declaration, strictly: version 1.0, UTF-8 if an encoding is named, standalone yes or no.</summary>
        private bool Declaration()
        {
            if (!xml[position..].StartsWith("<?xml"u8) || position + 5 >= xml.Length || !IsWhitespace(xml[position + 5]))
            {
                return false;
            }

            position += 5;
            if (!Pseudo("version"u8, out var version) || !version.SequenceEqual("1.0"u8))
            {
                return false;
            }

            var mark = position;
            if (Pseudo("encoding"u8, out var encoding))
            {
                if (!Ascii.EqualsIgnoreCase(encoding, "UTF-8"u8))
                {
                    return false;
                }
            }
            else
            {
                position = mark;
            }

            mark = position;
            if (Pseudo("standalone"u8, out var standalone))
            {
                if (!(standalone.SequenceEqual("yes"u8) || standalone.SequenceEqual("no"u8)))
                {
                    return false;
                }
            }
            else
            {
                position = mark;
            }

            SkipWhitespace();
            if (!xml[position..].StartsWith("?>"u8))
            {
                return false;
            }

            position += 2;
            return true;
        }

        /// <summary>Whitespace, <paramref name="name"/>, '=', a quoted value; the position is left after it.</summary>
        private bool Pseudo(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
        {
            value = default;
            var start = position;
            SkipWhitespace();
            if (position == start || !xml[position..].StartsWith(name))
            {
                return false;
            }

            position += name.Length;
            return Quoted(out value);
        }

        /// <summary>Optional whitespace, '=', optional whitespace, and a value in single or double quotes.</summary>
        private bool Quoted(out ReadOnlySpan<byte> value)
        {
            value = default;
            SkipWhitespace();
            if (position >= xml.Length || xml[position] != '=')
            {
                return false;
            }

            position++;
            SkipWhitespace();
            if (position >= xml.Length || xml[position] is not ((byte)'"' or (byte)'\''))
            {
                return false;
            }

            var quote = xml[position];
            var end = xml[(position + 1)..].IndexOf(quote);
            if (end < 0)
            {
                return false;
            }

            value = xml.Slice(position + 1, end);
            position += end + 2;
            return true;
        }

        private void SkipWhitespace()
        {
            while (position < xml.Length && IsWhitespace(xml[position]))
            {
                position++;
            }
        }

        /// <summary>A start tag at '&lt;': the element, added to its parent's children and opened unless empty; null to decline.</summary>
        private MetadataNode? StartTag(bool isRoot, out bool empty)
        {
            empty = false;
            var nameStart = position + 1;
            var afterName = xml[nameStart..].IndexOfAnyExcept(NameChars);
            var nameEnd = afterName < 0 ? xml.Length : nameStart + afterName;

            if (nameEnd - nameStart > MaxNameLength)
            {
                return null;
            }

            position = nameEnd;
            var namespaceUri = isRoot ? string.Empty : open[0].Node.NamespaceUri;
            var declared = false;
            while (true)
            {
                var before = position;
                SkipWhitespace();
                if (position >= xml.Length)
                {
                    return null;
                }

                var b = xml[position];
                if (b == '>')
                {
                    position++;
                    break;
                }

                if (b == '/')
                {
                    if (position + 1 >= xml.Length || xml[position + 1] != '>')
                    {
                        return null;
                    }

                    position += 2;
                    empty = true;
                    break;
                }

                // The one attribute of the subset: the root's default namespace, after whitespace.
                if (!isRoot || declared || position == before || !xml[position..].StartsWith("xmlns"u8))
                {
                    return null;
                }

                position += 5;
                if (!Quoted(out var uri) || !PlainAttributeValue(uri))
                {
                    return null;
                }

                namespaceUri = Encoding.ASCII.GetString(uri);
                if (namespaceUri is "http://www.w3.org/XML/1998/namespace" or "http://www.w3.org/2000/xmlns/")
                {
                    return null;
                }

                declared = true;
            }

            var (line, column) = PositionOf(nameStart);
            var node = new MetadataNode(Name(nameStart, nameEnd - nameStart), namespaceUri, line, column);
            if (!isRoot)
            {
                // Before it is opened: its own children start after it.
                children.Add(node);
            }

            if (!empty)
            {
                if (depth >= SafeXmlParser.MaxDepth)
                {
                    return null;
                }

                open[depth++] = new OpenElement(node, nameStart, nameEnd - nameStart, children.Count);
            }

            return node;
        }

        /// <summary>An end tag at '&lt;/' that closes the innermost open element; false to decline.</summary>
        private bool EndTag()
        {
            if (depth == 0)
            {
                return false;
            }

            var element = open[depth - 1];
            var nameStart = position + 2;
            var nameEnd = nameStart + element.NameLength;
            if (nameEnd > xml.Length
                || !xml.Slice(nameStart, element.NameLength).SequenceEqual(xml.Slice(element.NameStart, element.NameLength))
                || (nameEnd < xml.Length && NameChars.Contains(xml[nameEnd])))
            {
                return false;
            }

            position = nameEnd;
            SkipWhitespace();
            if (position >= xml.Length || xml[position] != '>')
            {
                return false;
            }

            position++;
            depth--;
            if (element.TextEnd > element.TextStart && children.Count == element.FirstChild)
            {
                // A leaf: its text is decoded now (it was checked when it was read).
                var run = xml[element.TextStart..element.TextEnd];
                var length = run.IndexOfAnyExcept(PlainText) < 0 ? Plain(run) : Decode(run, out var decoded) ? decoded : 0;
                element.Node.TrySetFirstText(SafeXmlParser.ShareText(Text, length, names), element.TextLine);
            }

            element.Node.Complete(children, element.FirstChild);
            return true;
        }

        /// <summary>
        /// Text between two tags: checked now, and noted on its element while the element has no children. Only a leaf's
        /// text is ever read (see <see cref="MetadataNode.Text"/>), so the indentation between child elements is never
        /// made into strings.
        /// </summary>
        private bool TextRun(int start, int end)
        {
            var run = xml[start..end];
            if (run.IndexOfAnyExcept(PlainText) >= 0 && !Decode(run, out _))
            {
                return false;
            }

            var element = open[depth - 1];
            if (children.Count == element.FirstChild)
            {
                // In the subset a tag follows every piece of text, so an element that is still childless has this one only.
                open[depth - 1] = element with { TextStart = start, TextEnd = end, TextLine = PositionOf(start).Line };
            }

            return true;
        }

        private int Plain(ReadOnlySpan<byte> run)
        {
            EnsureText(run.Length);
            return Encoding.ASCII.GetChars(run, Text);
        }

        /// <summary>Text with references, carriage returns or non-ASCII characters, checked character by character.</summary>
        private bool Decode(ReadOnlySpan<byte> run, out int length)
        {
            // A run never decodes to more UTF-16 code units than it has bytes.
            EnsureText(run.Length);
            var text = Text;
            length = 0;
            var i = 0;
            while (i < run.Length)
            {
                var b = run[i];
                if (b < 0x80)
                {
                    switch (b)
                    {
                        case (byte)'&':
                            if (!Reference(run, ref i, ref length))
                            {
                                return false;
                            }

                            continue;
                        case (byte)'\r':
                            // End-of-line handling: CR LF and a lone CR both become LF.
                            text[length++] = '\n';
                            i += i + 1 < run.Length && run[i + 1] == '\n' ? 2 : 1;
                            continue;
                        case (byte)']':
                            if (run[i..].StartsWith("]]>"u8))
                            {
                                return false;
                            }

                            break;
                        case < 0x20 when b is not ((byte)'\t' or (byte)'\n'):
                            return false;
                    }

                    text[length++] = (char)b;
                    i++;
                    continue;
                }

                if (Rune.DecodeFromUtf8(run[i..], out var rune, out var consumed) != OperationStatus.Done || !IsXmlChar(rune.Value))
                {
                    return false;
                }

                length += rune.EncodeToUtf16(text.AsSpan(length));
                i += consumed;
            }

            return true;
        }

        /// <summary>A reference at '&amp;': one of the five predefined entities or a character reference.</summary>
        private readonly bool Reference(ReadOnlySpan<byte> run, ref int i, ref int length)
        {
            var end = run[i..].IndexOf((byte)';');
            if (end < 2)
            {
                return false;
            }

            var body = run.Slice(i + 1, end - 1);
            int value;
            if (body[0] == '#')
            {
                if (!CharacterReference(body[1..], out value))
                {
                    return false;
                }
            }
            else
            {
                value = body switch
                {
                    _ when body.SequenceEqual("lt"u8) => '<',
                    _ when body.SequenceEqual("gt"u8) => '>',
                    _ when body.SequenceEqual("amp"u8) => '&',
                    _ when body.SequenceEqual("apos"u8) => '\'',
                    _ when body.SequenceEqual("quot"u8) => '"',
                    _ => -1,
                };
                if (value < 0)
                {
                    return false;
                }
            }

            length += new Rune(value).EncodeToUtf16(Text.AsSpan(length));
            i += end + 1;
            return true;
        }

        private static bool CharacterReference(ReadOnlySpan<byte> digits, out int value)
        {
            value = 0;
            var hex = digits.Length > 0 && digits[0] == 'x';
            if (hex)
            {
                digits = digits[1..];
            }

            // Seven hex or eight decimal digits reach past U+10FFFF: longer is declined rather than risk an overflow.
            if (digits.Length == 0 || digits.Length > 8)
            {
                return false;
            }

            foreach (var d in digits)
            {
                int digit = d switch
                {
                    >= (byte)'0' and <= (byte)'9' => d - '0',
                    >= (byte)'a' and <= (byte)'f' when hex => d - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' when hex => d - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    return false;
                }

                value = (value * (hex ? 16 : 10)) + digit;
            }

            return IsXmlChar(value);
        }

        /// <summary>A namespace URI as the subset allows it: printable ASCII with no markup, references or line breaks.</summary>
        private static bool PlainAttributeValue(ReadOnlySpan<byte> value)
        {
            foreach (var b in value)
            {
                if (b is < 0x20 or >= 0x7F or (byte)'<' or (byte)'&')
                {
                    return false;
                }
            }

            return true;
        }

        private void EnsureText(int length)
        {
            if (Text.Length < length)
            {
                Text = new char[Math.Max(length, Text.Length * 2)];
            }
        }

        private string Name(int start, int length)
        {
            // The text buffer is free while a tag is read.
            EnsureText(length);
            var chars = Encoding.ASCII.GetChars(xml.Slice(start, length), Text);
            return names.Add(Text, 0, chars);
        }

        /// <summary>The line and column (in UTF-16 code units, as XmlReader counts) of the byte at <paramref name="offset"/>.</summary>
        private (int Line, int Column) PositionOf(int offset)
        {
            while (countedTo < offset)
            {
                var next = xml[countedTo..offset].IndexOfAny(LineBreaks);
                if (next < 0)
                {
                    countedTo = offset;
                    break;
                }

                var at = countedTo + next;
                line++;
                lineStart = xml[at] == '\r' && at + 1 < xml.Length && xml[at + 1] == '\n' ? at + 2 : at + 1;
                countedTo = lineStart;
            }

            if (columnAt < lineStart || columnAt > offset)
            {
                // A new line (or, never in document order, a position behind the last one): count from its start.
                columnAt = Math.Min(lineStart, offset);
                columnUnits = 0;
            }

            columnUnits += Utf16Units(xml[columnAt..offset]);
            columnAt = offset;
            return (line, columnUnits + 1);
        }

        /// <summary>How many UTF-16 code units the UTF-8 bytes make: continuation bytes add none, a four-byte sequence two.</summary>
        private static int Utf16Units(ReadOnlySpan<byte> utf8)
        {
            var units = utf8.Length;
            if (Ascii.IsValid(utf8))
            {
                return units;
            }

            foreach (var b in utf8)
            {
                if (b is >= 0x80 and < 0xC0)
                {
                    units--;
                }
                else if (b >= 0xF0)
                {
                    units++;
                }
            }

            return units;
        }
    }
}
