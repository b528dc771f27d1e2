using System.Globalization;
using HealthReview.Core.Model;

namespace HealthReview.Loaders.Xml;

/// <summary>
/// The children of one element, read by name into typed settings. Every child that no binder asked for is reported as
/// unknown when the bag is finished, so a new Salesforce field is listed rather than silently dropped.
/// </summary>
public sealed class ElementBag
{
    /// <summary>Stands in for secret text in evidence: the secret itself never enters the snapshot.</summary>
    public const string Redacted = "[redacted]";

    private readonly BindingContext context;
    private readonly string prefix;
    private readonly Dictionary<string, List<MetadataNode>> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> consumed = new(StringComparer.Ordinal);
    private readonly MetadataNode element;

    public ElementBag(BindingContext context, MetadataNode element, string prefix = "")
    {
        this.context = context;
        this.element = element;
        this.prefix = prefix;
        foreach (var child in element.Children)
        {
            if (!byName.TryGetValue(child.Name, out var list))
            {
                list = [];
                byName[child.Name] = list;
            }

            list.Add(child);
        }
    }

    public SourceLocation Location => context.At(element);

    public Setting<string> Str(string name) =>
        Single(name, (node, text) => Setting<string>.Of(text, text, context.At(node)));

    public Setting<bool> Bool(string name) => Single(name, (node, text) => ValueParsers.TryParseBool(text, out var value)
        ? Setting<bool>.Of(value, text, context.At(node))
        : Invalid<bool>(node, name, text, $"'{text}' is not a boolean; expected true or false"));

    public Setting<int> Int(string name) => Single(name, (node, text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? Setting<int>.Of(value, text, context.At(node))
            : Invalid<int>(node, name, text, $"'{text}' is not a whole number"));

    /// <summary>A whole number that must lie in a documented range; outside it the value is invalid, never used.</summary>
    public Setting<int> Int(string name, int min, int max)
    {
        var setting = Int(name);
        if (setting.IsPresent && (setting.Value < min || setting.Value > max))
        {
            var problem = $"{setting.Value.ToString(CultureInfo.InvariantCulture)} is outside the allowed range {min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}";
            context.Problem(Core.Inputs.DiagnosticSeverity.Error, "invalid-value", setting.Location!.Value, $"<{prefix}{name}>: {problem}");
            return Setting<int>.Invalid(setting.RawText!, setting.Location!.Value, problem);
        }

        return setting;
    }

    public Setting<T> Enum<T>(string name, EnumSpelling<T> spelling)
        where T : struct, System.Enum
        => Single(name, (node, text) => spelling.TryParse(text, out var value)
            ? Setting<T>.Of(value, text, context.At(node))
            : Invalid<T>(node, name, text, $"'{text}' is not a valid value; expected one of {spelling.Expected}"));

    /// <summary>A value parsed by a custom function that returns null and a problem when the text is not valid.</summary>
    public Setting<T> Parsed<T>(string name, Func<string, (T? Value, string? Problem)> parse)
        where T : class
        => Single(name, (node, text) =>
        {
            var (value, problem) = parse(text);
            return value is not null ? Setting<T>.Of(value, text, context.At(node)) : Invalid<T>(node, name, text, problem ?? "invalid value");
        });

    /// <summary>Whether an element holds secret text; the text is replaced by <see cref="Redacted"/>.</summary>
    public Setting<bool> SecretPresence(string name) =>
        Single(name, (node, text) => Setting<bool>.Of(text.Length > 0, text.Length > 0 ? Redacted : string.Empty, context.At(node)));

    /// <summary>A comma-separated list (ECA scopes, profiles): split, trimmed, empty items dropped.</summary>
    public Setting<IReadOnlyList<Located<string>>> CommaList(string name) => Single(name, (node, text) =>
    {
        var location = context.At(node);
        IReadOnlyList<Located<string>> items = text.Split(',')
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .Select(item => new Located<string>(item, location))
            .ToArray();
        return Setting<IReadOnlyList<Located<string>>>.Of(items, text, location);
    }, trim: false);

    /// <summary>One value per line (Connected App callback URLs). Each keeps its own line number.</summary>
    public Setting<IReadOnlyList<Located<string>>> LineList(string name) => Single(name, (node, raw) =>
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var items = new List<Located<string>>();
        var firstLine = node.TextLine > 0 ? node.TextLine : node.Line;
        for (var i = 0; i < lines.Length; i++)
        {
            var item = lines[i].Trim();
            if (item.Length > 0)
            {
                items.Add(new Located<string>(item, new SourceLocation(context.Path, firstLine + i, 0)));
            }
        }

        // An element that is there but empty is one empty URL: the rule must see it rather than "no URLs".
        if (items.Count == 0)
        {
            items.Add(new Located<string>(string.Empty, context.At(node)));
        }

        return Setting<IReadOnlyList<Located<string>>>.Of(items, raw.Trim(), context.At(node));
    }, trim: false);

    /// <summary>A repeated leaf element (Connected App scopes, profile names); absent when there are none.</summary>
    public Setting<IReadOnlyList<Located<string>>> Repeated(string name)
    {
        var nodes = Take(name);
        if (nodes.Count == 0)
        {
            return Setting<IReadOnlyList<Located<string>>>.Absent;
        }

        var items = nodes.Select(n => new Located<string>(TextOf(n, name) ?? string.Empty, context.At(n))).ToArray();
        return Setting<IReadOnlyList<Located<string>>>.Of(items, string.Join(", ", items.Select(i => i.Value)), context.At(nodes[0]));
    }

    public IReadOnlyList<Located<string>> RepeatedOrEmpty(string name) => Repeated(name).ValueOr([]) ?? [];

    /// <summary>A repeated group element (IP ranges, attributes), each bound by <paramref name="bind"/>.</summary>
    public IReadOnlyList<T> Groups<T>(string name, Func<ElementBag, T> bind)
    {
        var result = new List<T>();
        foreach (var node in Take(name))
        {
            var bag = new ElementBag(context, node, prefix + name + "/");
            result.Add(bind(bag));
            bag.Finish();
        }

        return result;
    }

    /// <summary>A nested group element that occurs once (idTokenConfig, oauthPolicy); null when absent.</summary>
    public T? Child<T>(string name, Func<ElementBag, T> bind)
        where T : class
    {
        var nodes = Take(name);
        if (nodes.Count == 0)
        {
            return null;
        }

        if (nodes.Count > 1)
        {
            context.InvalidValue(nodes[1], prefix + name, $"appears {nodes.Count} times; only one is allowed, so none was used");
            return null;
        }

        var bag = new ElementBag(context, nodes[0], prefix + name + "/");
        var value = bind(bag);
        bag.Finish();
        return value;
    }

    /// <summary>Whether a group element we do not model (canvasConfig, samlConfig) is present; its children are not reported.</summary>
    public Setting<bool> Presence(string name)
    {
        var nodes = Take(name);
        return nodes.Count == 0 ? Setting<bool>.Absent : Setting<bool>.Of(true, "(present)", context.At(nodes[0]));
    }

    /// <summary>Every remaining leaf below this element, as raw path and text (for types whose schema is not published).</summary>
    public IReadOnlyList<RawElement> Remaining()
    {
        var result = new List<RawElement>();
        foreach (var (name, nodes) in byName.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (consumed.Add(name))
            {
                foreach (var node in nodes)
                {
                    Flatten(node, prefix + name, result);
                }
            }
        }

        return result;
    }

    /// <summary>Reports every child nobody asked for as unknown.</summary>
    public void Finish()
    {
        foreach (var child in element.Children)
        {
            if (!consumed.Contains(child.Name))
            {
                context.Unknown(child, prefix + child.Name);
                consumed.Add(child.Name);
            }
        }
    }

    private void Flatten(MetadataNode node, string path, List<RawElement> into)
    {
        if (node.Children.Count == 0)
        {
            into.Add(new RawElement(path, (node.Text ?? string.Empty).Trim(), context.At(node)));
            return;
        }

        foreach (var child in node.Children)
        {
            Flatten(child, path + "/" + child.Name, into);
        }
    }

    private List<MetadataNode> Take(string name)
    {
        consumed.Add(name);
        return byName.TryGetValue(name, out var nodes) ? nodes : [];
    }

    private Setting<T> Single<T>(string name, Func<MetadataNode, string, Setting<T>> read, bool trim = true)
    {
        var nodes = Take(name);
        if (nodes.Count == 0)
        {
            return Setting<T>.Absent;
        }

        if (nodes.Count > 1)
        {
            var lines = string.Join(", ", nodes.Select(n => n.Line.ToString(CultureInfo.InvariantCulture)));
            return Invalid<T>(nodes[1], name, "(repeated)", $"appears {nodes.Count} times (lines {lines}); only one is allowed");
        }

        var node = nodes[0];
        var text = TextOf(node, name);
        if (text is null)
        {
            return Invalid<T>(node, name, "(element content)", "expected a value, found child elements");
        }

        return read(node, trim ? text.Trim() : text);
    }

    private string? TextOf(MetadataNode node, string name)
    {
        if (node.Children.Count > 0)
        {
            context.InvalidValue(node, prefix + name, "expected a value, found child elements");
            return null;
        }

        return node.Text ?? string.Empty;
    }

    private Setting<T> Invalid<T>(MetadataNode node, string name, string text, string problem)
    {
        context.InvalidValue(node, prefix + name, problem);
        return Setting<T>.Invalid(text, context.At(node), problem);
    }
}
