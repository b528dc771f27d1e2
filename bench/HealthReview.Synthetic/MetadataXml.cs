using System.Globalization;
using System.Text;

namespace HealthReview.Synthetic;

/// <summary>
/// Writes one metadata file the way a Salesforce retrieve does: UTF-8 declaration, the metadata namespace on the
/// root, 4-space indent, LF line endings, a final newline. Callers add elements in alphabetical order.
/// </summary>
internal sealed class MetadataXml
{
    private const string Namespace = "http://soap.sforce.com/2006/04/metadata";

    private readonly StringBuilder _text = new(2048);
    private readonly Stack<string> _open = new();

    public MetadataXml(string rootElement)
    {
        _text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").Append(rootElement)
            .Append(" xmlns=\"").Append(Namespace).Append("\">\n");
        _open.Push(rootElement);
    }

    public MetadataXml Element(string name, string value)
    {
        Indent().Append('<').Append(name).Append('>');
        AppendEscaped(value);
        _text.Append("</").Append(name).Append(">\n");
        return this;
    }

    public MetadataXml Element(string name, bool value) => Element(name, value ? "true" : "false");

    public MetadataXml Element(string name, int value) => Element(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes the element only when <paramref name="value"/> is not null.</summary>
    public MetadataXml Optional(string name, string? value) => value is null ? this : Element(name, value);

    public MetadataXml Open(string name)
    {
        Indent().Append('<').Append(name).Append(">\n");
        _open.Push(name);
        return this;
    }

    public MetadataXml Close()
    {
        var name = _open.Pop();
        Indent().Append("</").Append(name).Append(">\n");
        return this;
    }

    public string Complete()
    {
        while (_open.Count > 0)
        {
            Close();
        }

        return _text.ToString();
    }

    private StringBuilder Indent() => _text.Append(' ', 4 * _open.Count);

    private void AppendEscaped(string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    _text.Append("&amp;");
                    break;
                case '<':
                    _text.Append("&lt;");
                    break;
                case '>':
                    _text.Append("&gt;");
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }
    }
}
