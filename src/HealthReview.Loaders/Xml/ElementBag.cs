using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private readonly MetadataNode element;
    private readonly MetadataNode[] children;

    /// <summary>
    /// Up to this many children, names are looked up by scanning (metadata elements have a few dozen); beyond it, through
    /// a table, so that a hostile file of a hundred thousand elements costs linear time, not quadratic.
    /// </summary>
    private const int ScannedChildren = 64;

    // Which children a binder (or Finish) has taken: a bit per child, or an array when there are more than 64.
    private readonly bool[]? consumedMany;
    private ulong consumedBits;

    // Up to 64 children: whether two share a name. Names come from the parser's name table, so equal names are the same
    // string and repeats are found by reference; most elements have none, and then a name's first match is its only one.
    private readonly bool hasRepeatedNames;

    // More than 64 children: the first child of each name, and the next child of the same name (-1 after the last).
    private readonly Dictionary<string, int>? firstByName;
    private readonly int[]? nextOfName;

    // Where the last scan matched: binders ask for fields in about the order files list them, so the next lookup
    // usually matches a step or two further on.
    private int cursor;

    public ElementBag(BindingContext context, MetadataNode element, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(element);
        this.context = context;
        this.element = element;
        this.prefix = prefix;
        children = element.ChildArray;
        if (children.Length > ScannedChildren)
        {
            consumedMany = new bool[children.Length];
            firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
            nextOfName = new int[children.Length];
            var lastOfName = new int[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                nextOfName[i] = -1;
                ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstByName, children[i].Name, out var exists);
                if (!exists)
                {
                    first = i;
                }
                else
                {
                    nextOfName[lastOfName[first]] = i;
                }

                lastOfName[first] = i;
            }

            return;
        }

        for (var i = 1; i < children.Length && !hasRepeatedNames; i++)
        {
            var name = children[i].Name;
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(children[j].Name, name))
                {
                    hasRepeatedNames = true;
                    break;
                }
            }
        }
    }

    public SourceLocation Location => context.At(element);

    public Setting<string> Str(string name) =>
        TrySingle(name, true, out var node, out var text, out Setting<string> other) ? Setting<string>.Of(text, text, context.At(node)) : other;

    public Setting<bool> Bool(string name)
    {
        if (!TrySingle(name, true, out var node, out var text, out Setting<bool> other))
        {
            return other;
        }

        return ValueParsers.TryParseBool(text, out var value)
            ? Setting<bool>.Of(value, text, context.At(node))
            : Invalid<bool>(node, name, text, $"'{text}' is not a boolean; expected true or false");
    }

    public Setting<int> Int(string name)
    {
        if (!TrySingle(name, true, out var node, out var text, out Setting<int> other))
        {
            return other;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? Setting<int>.Of(value, text, context.At(node))
            : Invalid<int>(node, name, text, $"'{text}' is not a whole number");
    }

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
    {
        ArgumentNullException.ThrowIfNull(spelling);
        if (!TrySingle(name, true, out var node, out var text, out Setting<T> other))
        {
            return other;
        }

        return spelling.TryParse(text, out var value)
            ? Setting<T>.Of(value, text, context.At(node))
            : Invalid<T>(node, name, text, $"'{text}' is not a valid value; expected one of {spelling.Expected}");
    }

    /// <summary>A value parsed by a custom function that returns null and a problem when the text is not valid.</summary>
    public Setting<T> Parsed<T>(string name, Func<string, (T? Value, string? Problem)> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (!TrySingle(name, true, out var node, out var text, out Setting<T> other))
        {
            return other;
        }

        var (value, problem) = parse(text);
        return value is not null ? Setting<T>.Of(value, text, context.At(node)) : Invalid<T>(node, name, text, problem ?? "invalid value");
    }

    /// <summary>Whether an element holds secret text; the text is replaced by <see cref="Redacted"/>.</summary>
    public Setting<bool> SecretPresence(string name) =>
        TrySingle(name, true, out var node, out var text, out Setting<bool> other)
            ? Setting<bool>.Of(text.Length > 0, text.Length > 0 ? Redacted : string.Empty, context.At(node))
            : other;

    /// <summary>A comma-separated list (ECA scopes, profiles): split, trimmed, empty items dropped.</summary>
    public Setting<IReadOnlyList<Located<string>>> CommaList(string name)
    {
        if (!TrySingle(name, false, out var node, out var text, out Setting<IReadOnlyList<Located<string>>> other))
        {
            return other;
        }

        var location = context.At(node);
        var items = new List<Located<string>>();
        foreach (var range in text.AsSpan().Split(','))
        {
            // Scope and profile names repeat across apps: shared, not copied per file.
            var trimmed = text.AsSpan(range).Trim();
            if (trimmed.Length > 0)
            {
                items.Add(new Located<string>(TextPool.Share(trimmed), location));
            }
        }

        return Setting<IReadOnlyList<Located<string>>>.Of(items.ToArray(), text, location);
    }

    /// <summary>One value per line (Connected App callback URLs). Each keeps its own line number.</summary>
    public Setting<IReadOnlyList<Located<string>>> LineList(string name)
    {
        if (!TrySingle(name, false, out var node, out var raw, out Setting<IReadOnlyList<Located<string>>> other))
        {
            return other;
        }

        var items = new List<Located<string>>();
        var firstLine = node.TextLine > 0 ? node.TextLine : node.Line;
        var i = 0;
        foreach (var range in raw.AsSpan().Split('\n'))
        {
            // Trimming also drops the \r of a \r\n line break. Callback URLs repeat across apps: shared, not copied.
            var item = raw.AsSpan(range).Trim();
            if (item.Length > 0)
            {
                items.Add(new Located<string>(TextPool.Share(item), new SourceLocation(context.Path, firstLine + i, 0)));
            }

            i++;
        }

        // An element that is there but empty is one empty URL: the rule must see it rather than "no URLs".
        if (items.Count == 0)
        {
            items.Add(new Located<string>(string.Empty, context.At(node)));
        }

        return Setting<IReadOnlyList<Located<string>>>.Of(items, raw.Trim(), context.At(node));
    }

    /// <summary>A repeated leaf element (Connected App scopes, profile names); absent when there are none.</summary>
    public Setting<IReadOnlyList<Located<string>>> Repeated(string name)
    {
        var count = Take(name, out var first);
        if (count == 0)
        {
            return Setting<IReadOnlyList<Located<string>>>.Absent;
        }

        var items = new Located<string>[count];
        var index = first;
        for (var i = 0; i < count; i++, index = Next(index))
        {
            var node = children[index];
            items[i] = new Located<string>(TextOf(node, name) ?? string.Empty, context.At(node));
        }

        return Setting<IReadOnlyList<Located<string>>>.Of(items, string.Join(", ", items.Select(i => i.Value)), context.At(children[first]));
    }

    public IReadOnlyList<Located<string>> RepeatedOrEmpty(string name) => Repeated(name).ValueOr([]) ?? [];

    /// <summary>A repeated group element (IP ranges, attributes), each bound by <paramref name="bind"/>.</summary>
    public IReadOnlyList<T> Groups<T>(string name, Func<ElementBag, T> bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        var count = Take(name, out var first);
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        var index = first;
        for (var i = 0; i < count; i++, index = Next(index))
        {
            var bag = new ElementBag(context, children[index], prefix + name + "/");
            result[i] = bind(bag);
            bag.Finish();
        }

        return result;
    }

    /// <summary>A nested group element that occurs once (idTokenConfig, oauthPolicy); null when absent.</summary>
    public T? Child<T>(string name, Func<ElementBag, T> bind)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bind);
        var count = Take(name, out var first);
        if (count == 0)
        {
            return null;
        }

        if (count > 1)
        {
            context.InvalidValue(children[Next(first)], prefix + name, $"appears {count} times; only one is allowed, so none was used");
            return null;
        }

        var bag = new ElementBag(context, children[first], prefix + name + "/");
        var value = bind(bag);
        bag.Finish();
        return value;
    }

    /// <summary>Whether a group element we do not model (canvasConfig, samlConfig) is present; its children are not reported.</summary>
    public Setting<bool> Presence(string name) =>
        Take(name, out var first) == 0 ? Setting<bool>.Absent : Setting<bool>.Of(true, "(present)", context.At(children[first]));

    /// <summary>Every remaining leaf below this element, as raw path and text (for types whose schema is not published).</summary>
    public IReadOnlyList<RawElement> Remaining()
    {
        var result = new List<RawElement>();
        var names = new List<string>();
        for (var i = 0; i < children.Length; i++)
        {
            if (!IsConsumed(i) && FirstOfName(i) == i)
            {
                names.Add(children[i].Name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var count = Take(name, out var first);
            var index = first;
            for (var i = 0; i < count; i++, index = Next(index))
            {
                Flatten(children[index], prefix + name, result);
            }
        }

        return result;
    }

    /// <summary>Reports every child nobody asked for as unknown, once per name.</summary>
    public void Finish()
    {
        for (var i = 0; i < children.Length; i++)
        {
            if (!IsConsumed(i))
            {
                var child = children[i];
                context.Unknown(child, prefix + child.Name);
                Take(child.Name, out _);
            }
        }
    }

    private void Flatten(MetadataNode node, string path, List<RawElement> into)
    {
        if (node.ChildArray.Length == 0)
        {
            into.Add(new RawElement(path, (node.Text ?? string.Empty).Trim(), context.At(node)));
            return;
        }

        foreach (var child in node.ChildArray)
        {
            Flatten(child, path + "/" + child.Name, into);
        }
    }

    /// <summary>Marks the name as read; returns how many children have it and the index of the first (-1 when none).</summary>
    private int Take(string name, out int first)
    {
        first = firstByName is not null ? firstByName.GetValueOrDefault(name, -1) : Scan(name);
        var found = 0;
        for (var i = first; i >= 0; i = Next(i))
        {
            MarkConsumed(i);
            found++;
        }

        return found;
    }

    /// <summary>The first child of that name among up to 64, scanning on from the last match; -1 when none.</summary>
    private int Scan(string name)
    {
        var count = children.Length;
        for (var step = 0; step < count; step++)
        {
            var i = cursor + step;
            if (i >= count)
            {
                i -= count;
            }

            if (string.Equals(children[i].Name, name, StringComparison.Ordinal))
            {
                var first = FirstOfName(i);
                cursor = first + 1 == count ? 0 : first + 1;
                return first;
            }
        }

        return -1;
    }

    /// <summary>The index of the next child with the same name as the child at <paramref name="index"/>; -1 when none.</summary>
    private int Next(int index)
    {
        if (nextOfName is not null)
        {
            return nextOfName[index];
        }

        if (hasRepeatedNames)
        {
            var name = children[index].Name;
            for (var i = index + 1; i < children.Length; i++)
            {
                if (ReferenceEquals(children[i].Name, name))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The first child with the same name as the child at <paramref name="index"/>.</summary>
    private int FirstOfName(int index)
    {
        if (firstByName is not null)
        {
            return firstByName[children[index].Name];
        }

        if (hasRepeatedNames)
        {
            var name = children[index].Name;
            for (var i = 0; i < index; i++)
            {
                if (ReferenceEquals(children[i].Name, name))
                {
                    return i;
                }
            }
        }

        return index;
    }

    private bool IsConsumed(int index) => consumedMany is not null ? consumedMany[index] : (consumedBits & (1UL << index)) != 0;

    private void MarkConsumed(int index)
    {
        if (consumedMany is not null)
        {
            consumedMany[index] = true;
        }
        else
        {
            consumedBits |= 1UL << index;
        }
    }

    /// <summary>
    /// The one leaf element of that name and its text; false when there is none (<paramref name="other"/> is absent) or it
    /// is repeated or has children (<paramref name="other"/> is invalid and the problem is reported).
    /// </summary>
    private bool TrySingle<T>(string name, bool trim, out MetadataNode node, out string text, out Setting<T> other)
    {
        var count = Take(name, out var first);
        node = null!;
        text = string.Empty;
        if (count == 0)
        {
            other = Setting<T>.Absent;
            return false;
        }

        if (count > 1)
        {
            var lines = new List<string>(count);
            for (int i = 0, index = first; i < count; i++, index = Next(index))
            {
                lines.Add(children[index].Line.ToString(CultureInfo.InvariantCulture));
            }

            other = Invalid<T>(children[Next(first)], name, "(repeated)", $"appears {count} times (lines {string.Join(", ", lines)}); only one is allowed");
            return false;
        }

        var single = children[first];
        var value = TextOf(single, name);
        if (value is null)
        {
            other = Invalid<T>(single, name, "(element content)", "expected a value, found child elements");
            return false;
        }

        node = single;
        text = trim ? value.Trim() : value;
        other = default;
        return true;
    }

    private string? TextOf(MetadataNode node, string name)
    {
        if (node.ChildArray.Length > 0)
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
