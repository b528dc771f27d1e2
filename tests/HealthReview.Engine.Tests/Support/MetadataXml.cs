using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace HealthReview.Engine.Tests.Support;

/// <summary>
/// One metadata XML file under construction: a root element in the Metadata API namespace whose children the tests
/// set, remove or repeat by name. Paths use '/' for nested elements (<c>idTokenConfig/idTokenValidityInMinutes</c>).
/// </summary>
public sealed class MetadataXml
{
    public static readonly XNamespace Namespace = "http://soap.sforce.com/2006/04/metadata";

    public MetadataXml(string rootName)
    {
        Root = new XElement(Namespace + rootName);
    }

    public XElement Root { get; }

    /// <summary>Sets the element's text, creating it (and its parents) when needed; <c>null</c> removes it.</summary>
    public MetadataXml Set(string path, string? value)
    {
        ArgumentNullException.ThrowIfNull(path);
        var names = path.Split('/');
        var parent = Root;
        foreach (var name in names[..^1])
        {
            var child = parent.Element(Namespace + name);
            if (child is null)
            {
                if (value is null)
                {
                    return this;
                }

                child = new XElement(Namespace + name);
                parent.Add(child);
            }

            parent = child;
        }

        var existing = parent.Elements(Namespace + names[^1]).ToList();
        if (value is null)
        {
            existing.ForEach(e => e.Remove());
            return this;
        }

        if (existing.Count == 0)
        {
            parent.Add(new XElement(Namespace + names[^1], value));
        }
        else
        {
            existing[0].Value = value;
            existing.Skip(1).ToList().ForEach(e => e.Remove());
        }

        return this;
    }

    /// <summary>Appends one more element with this name (for repeated elements such as <c>scopes</c>).</summary>
    public MetadataXml Add(string path, string value) => AddElement(path, new XElement(Namespace + path.Split('/')[^1], value));

    /// <summary>Appends one more group element (e.g. <c>trustedIpRanges</c>) with the given children, in order.</summary>
    public MetadataXml AddGroup(string path, params (string Name, string Value)[] children)
    {
        ArgumentNullException.ThrowIfNull(children);
        return AddElement(path, new XElement(Namespace + path.Split('/')[^1], children.Select(c => new XElement(Namespace + c.Name, c.Value))));
    }

    /// <summary>Removes every element with this name (and what is inside it).</summary>
    public MetadataXml Remove(string path) => Set(path, null);

    /// <summary>The file as Salesforce writes it: XML declaration, UTF-8, four-space indent, LF line endings.</summary>
    public string ToXml()
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "    ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.None,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), Root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private MetadataXml AddElement(string path, XElement element)
    {
        var names = path.Split('/');
        var parent = Root;
        foreach (var name in names[..^1])
        {
            parent = parent.Element(Namespace + name) ?? AddChild(parent, name);
        }

        parent.Add(element);
        return this;
    }

    private static XElement AddChild(XElement parent, string name)
    {
        var child = new XElement(Namespace + name);
        parent.Add(child);
        return child;
    }
}
