using System.Text;
using HealthReview.Loaders.Tests.Support;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Tests;

/// <summary>
/// The plain-XML scanner against <see cref="System.Xml.XmlReader"/> (<see cref="SafeXmlParser.Parse(Stream)"/>) as the
/// independent reference: whatever the scanner accepts, XmlReader must accept too and give the same tree, down to lines and
/// columns; whatever it declines goes to XmlReader, so a decline is never wrong, only slower.
/// </summary>
public class PlainXmlScannerTests
{
    private const string Root = "<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">";

    /// <summary>Well-formed documents inside the subset: each is accepted, with XmlReader's tree.</summary>
    private static readonly string[] Accepted =
    [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Root + "\n    <label>Plain</label>\n</ConnectedApp>\n",
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>" + Root + "<label>single quotes</label></ConnectedApp>",
        "<?xml version=\"1.0\"?>\r\n" + Root + "\r\n    <label>CR LF</label>\r\n    <callbackUrl>https://a.example/cb\r\nhttps://b.example/cb</callbackUrl>\r\n</ConnectedApp>\r\n",
        Root + "\r    <label>lone CR</label>\r    <callbackUrl>a\rb\r\n\nc</callbackUrl>\r</ConnectedApp>",
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Root + "\n    <label>byte-order mark</label>\n</ConnectedApp>",
        Root + "<label>a &lt;b&gt; &amp; &apos;c&apos; &quot;d&quot;</label><contactEmail>&#65;&#x42;&#x1F600;&#xa;</contactEmail></ConnectedApp>",
        Root + "\n\t<label>Café Ünïcödé — ✓</label><description>😀 <x/>é<y>😀😀</y></description>\n</ConnectedApp>",
        Root + "<plain.name_1>x</plain.name_1><_under-score>y</_under-score></ConnectedApp>",
        Root + "<oauthConfig><scopes>Api</scopes><scopes>Web</scopes><empty/><emptyToo /><spaced\n  >t</spaced\n></oauthConfig></ConnectedApp>",
        "<ConnectedApp><label>no namespace</label></ConnectedApp>",
        "<ConnectedApp xmlns=''><label>empty namespace</label></ConnectedApp>",
        "<ConnectedApp\n   xmlns = \"urn:other\"\n><label>spaced attribute</label></ConnectedApp>",
        Root + "<label>  text with ] and ]] and > inside  </label></ConnectedApp>",
        "<ConnectedApp/>",
        "  \n\t<ConnectedApp/>  \n\n",
        Root + "<a>one<b/>two<c>inner</c>three</a></ConnectedApp>",
        Root + "<label>" + new string('x', 70_000) + "</label></ConnectedApp>",
        "<x><a>carriage returns by reference stay: &#xD;&#13;\r\nend</a></x>",
        "<x><a>next line \u0085, line separator \u2028 and DEL \u007F are no line breaks in XML 1.0</a><b/></x>",
        "<x>\n<a>\u0085\u2028</a><b/>\u00A0<c/></x>",
    ];

    /// <summary>Outside the subset or not well-formed: declined (and XmlReader decides).</summary>
    private static readonly string[] Declined =
    [
        string.Empty,
        "   ",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>",
        "<?xml version=\"1.0\"?><!DOCTYPE x><x/>",
        Root + "<!-- a comment --><label>x</label></ConnectedApp>",
        "<!-- before the root --><x/>",
        "<x/><!-- after the root -->",
        Root + "<label><![CDATA[text]]></label></ConnectedApp>",
        "<?xml-stylesheet href=\"a.xsl\"?><x/>",
        Root + "<?pi data?></ConnectedApp>",
        "<?xml version=\"1.1\"?><x/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><x/>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?><x/>",
        "<?xml encoding=\"UTF-8\" version=\"1.0\"?><x/>",
        " <?xml version=\"1.0\"?><x/>",
        "<x a=\"1\"/>",
        "<x xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><y xsi:nil=\"true\"/></x>",
        "<x xmlns=\"a\" xmlns=\"b\"/>",
        "<x><y xmlns=\"b\"/></x>",
        "<x xmlns=\"a&amp;b\"/>",
        "<x xmlns=\"http://www.w3.org/2000/xmlns/\"/>",
        "<p:x xmlns:p=\"urn:p\"/>",
        "<x><label>a</label>",
        "<x><label>a</lab></x>",
        "<x><label>a</labelx></x>",
        "<x><label>a</label></x><y/>",
        "<x></x>trailing",
        "<x>&unknown;</x>",
        "<x>&amp</x>",
        "<x>& </x>",
        "<x>&#0;</x>",
        "<x>&#xD800;</x>",
        "<x>&#X41;</x>",
        "<x>&#x110000;</x>",
        "<x>&#123456789;</x>",
        "<x>&#;</x>",
        "<x>a]]>b</x>",
        "<x>\u0001</x>",
        "<x>\uFFFE</x>",
        "<x><1/></x>",
        "<x>< y/></x>",
        "<x/ >",
        "<x y/>",
        "<x\u00e9/>",
        "<x>",
        "</x>",
        "<x",
        "<x><",
        "<" + new string('n', 200) + "/>",
        string.Concat(Enumerable.Repeat("<a>", SafeXmlParser.MaxDepth + 1)) + string.Concat(Enumerable.Repeat("</a>", SafeXmlParser.MaxDepth + 1)),
    ];

    private static IEnumerable<string> RealFiles() =>
        new[] { "tests/fixtures/real", "tests/fixtures/docs-samples", "tests/fixtures/bad", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*", SearchOption.AllDirectories))
            .Where(LooksLikeXml)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static bool LooksLikeXml(string path)
    {
        if (path.EndsWith(".zip", StringComparison.Ordinal))
        {
            return false;
        }

        var start = File.ReadAllBytes(path).AsSpan();
        start = start.StartsWith("\uFEFF"u8) ? start[3..] : start;
        return start.TrimStart(" \t\r\n"u8).StartsWith("<"u8);
    }

    [TestCaseSource(nameof(Accepted))]
    public void A_plain_document_is_scanned_to_the_tree_XmlReader_gives(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);

        var scanned = PlainXmlScanner.TryParse(bytes);

        scanned.Should().NotBeNull("the document is inside the plain subset");
        Describe(scanned!).Should().Be(Reference(bytes));
    }

    [TestCaseSource(nameof(Declined))]
    public void A_document_outside_the_plain_subset_is_declined(string xml) =>
        PlainXmlScanner.TryParse(Encoding.UTF8.GetBytes(xml)).Should().BeNull();

    [Test]
    public void Positions_count_UTF_16_code_units_as_XmlReader_does()
    {
        var bytes = Encoding.UTF8.GetBytes("<x>é😀<y/>\r\n  <z/></x>");

        var children = PlainXmlScanner.TryParse(bytes)!.Children;

        // x is at column 2; "é" is one code unit and "😀" two, so y's name starts at column 8; z is on line 2.
        (children[0].Line, children[0].Column).Should().Be((1, 8));
        (children[1].Line, children[1].Column).Should().Be((2, 4));
        Describe(PlainXmlScanner.TryParse(bytes)!).Should().Be(Reference(bytes));
    }

    [Test]
    public void Invalid_UTF_8_is_declined_even_when_the_caller_did_not_check_it() =>
        PlainXmlScanner.TryParse([.. "<x>"u8, 0xC3, 0x28, .. "</x>"u8]).Should().BeNull();

    [TestCaseSource(nameof(RealFiles))]
    public void A_real_or_fixture_file_is_scanned_to_XmlReader_s_tree_or_declined(string file)
    {
        var bytes = File.ReadAllBytes(RepositoryRoot.Combine(file));

        var scanned = PlainXmlScanner.TryParse(bytes);

        if (scanned is not null)
        {
            Describe(scanned).Should().Be(Reference(bytes));
        }
    }

    [Test]
    public void The_retrieved_files_and_the_sample_export_are_inside_the_plain_subset()
    {
        // Otherwise the fast path would be dead code for real exports: every well-formed file outside the bad fixtures is
        // scanned, except the Health Check baseline, whose comments are outside the subset.
        var wellFormed = RealFiles()
            .Where(file => !file.StartsWith("tests/fixtures/bad", StringComparison.Ordinal))
            .Where(file => SafeXmlParser.Parse(new MemoryStream(File.ReadAllBytes(RepositoryRoot.Combine(file)))).Succeeded)
            .ToList();

        var declined = wellFormed.Where(file => PlainXmlScanner.TryParse(File.ReadAllBytes(RepositoryRoot.Combine(file))) is null).ToList();

        wellFormed.Should().HaveCountGreaterThan(50);
        declined.Should().Equal("tests/fixtures/docs-samples/health-check-baseline/salesforce-baseline-standard.xml");
    }

    /// <summary>
    /// Thousands of seeded mutations of real files (bytes deleted, duplicated, replaced by markup characters): the scanner
    /// may decline any of them, but one it accepts must be one XmlReader accepts, with the same tree.
    /// </summary>
    [Test]
    public void A_mutated_file_the_scanner_accepts_is_one_XmlReader_accepts_with_the_same_tree()
    {
        var seeds = RealFiles()
            .Where(file => file.StartsWith("tests/fixtures/real", StringComparison.Ordinal) || file.StartsWith("samples", StringComparison.Ordinal))
            .Select(file => File.ReadAllBytes(RepositoryRoot.Combine(file)))
            .Where(bytes => bytes.Length < 20_000)
            .ToList();
        byte[] alphabet = [.. "<>/&;#x=\"' \r\n\t]![?-:a1"u8, 0xC3, 0xA9, 0x00, 0xEF, 0xBF, 0xBE];
        var random = new Random(20261124);
        var (accepted, declined) = (0, 0);

        for (var i = 0; i < 6_000; i++)
        {
            var mutant = Mutate(seeds[random.Next(seeds.Count)], alphabet, random);
            var scanned = PlainXmlScanner.TryParse(mutant);
            if (scanned is null)
            {
                declined++;
                continue;
            }

            accepted++;
            Describe(scanned).Should().Be(Reference(mutant), "mutant {0}: {1}", i, Encoding.UTF8.GetString(mutant));
        }

        // Both outcomes must occur, or the test proves nothing.
        accepted.Should().BeGreaterThan(500);
        declined.Should().BeGreaterThan(500);
    }

    private static byte[] Mutate(byte[] seed, byte[] alphabet, Random random)
    {
        var bytes = new List<byte>(seed);
        var edits = random.Next(1, 3);
        for (var e = 0; e < edits && bytes.Count > 1; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 2:
                    bytes[at] = alphabet[random.Next(alphabet.Length)];
                    break;
                default:
                    // Whitespace and line breaks moved around keep most mutants well-formed, so positions get tested too.
                    bytes.Insert(at, random.Next(3) switch { 0 => (byte)'\n', 1 => (byte)'\r', _ => (byte)' ' });
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>XmlReader's tree, described; "rejected" when XmlReader finds the document broken.</summary>
    private static string Reference(byte[] bytes)
    {
        var parsed = SafeXmlParser.Parse(new MemoryStream(bytes, writable: false));
        return parsed.Succeeded ? Describe(parsed.Root!) : $"rejected by XmlReader: {parsed.Error}";
    }

    private static string Describe(MetadataNode root)
    {
        var text = new StringBuilder();
        Describe(root, 0, text);
        return text.ToString();
    }

    private static void Describe(MetadataNode node, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2)
            .Append('{').Append(node.NamespaceUri).Append('}').Append(node.Name)
            .Append(" @").Append(node.Line).Append(':').Append(node.Column)
            .Append(" text@").Append(node.TextLine).Append('=')
            .Append(node.Text is null ? "null" : System.Text.Json.JsonSerializer.Serialize(node.Text))
            .Append('\n');
        foreach (var child in node.Children)
        {
            Describe(child, depth + 1, text);
        }
    }
}
