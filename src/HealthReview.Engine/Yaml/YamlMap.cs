using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HealthReview.Engine.Yaml;

/// <summary>
/// A YAML mapping read key by key with line numbers. Keys nobody asked for are an error when the map is finished, so a
/// misspelt key is reported with its line instead of being ignored.
/// </summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public YamlMap(YamlNode node, string file, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        File = file;
        if (node is not YamlMappingNode mapping)
        {
            throw new DefinitionException(file, node.Start.Line, $"{what} must be a mapping (key: value)");
        }

        Node = mapping;
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? throw new DefinitionException(file, key.Start.Line, "keys must be plain words");
            if (!entries.TryAdd(name, (key, value)))
            {
                throw new DefinitionException(file, key.Start.Line, $"'{name}' appears twice");
            }
        }
    }

    public string File { get; }

    public YamlMappingNode Node { get; }

    public long Line => Node.Start.Line;

    public IEnumerable<string> Keys => entries.Keys;

    public static YamlNode LoadDocument(string text, string file)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1)
            {
                throw new DefinitionException(file, 0, stream.Documents.Count == 0 ? "the file is empty" : "one YAML document per file");
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            throw new DefinitionException(file, ex.Start.Line, "not valid YAML: " + (ex.InnerException?.Message ?? ex.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the text ends inside an open flow collection.
            var lastLine = text.TrimEnd('\n', '\r').Split('\n').Length;
            throw new DefinitionException(file, lastLine, "not valid YAML: the parser reached the end of the file inside a structure (is a [ … ] or { … } left open?)");
        }
    }

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Optional(string key)
    {
        read.Add(key);
        return entries.TryGetValue(key, out var entry) ? entry.Value : null;
    }

    public YamlNode Required(string key) =>
        Optional(key) ?? throw new DefinitionException(File, Line, $"'{key}' is required");

    public string RequiredString(string key) => Scalar(Required(key), key);

    public string? OptionalString(string key) => Optional(key) is { } node ? Scalar(node, key) : null;

    public YamlMap RequiredMap(string key) => new(Required(key), File, $"'{key}'");

    public YamlMap? OptionalMap(string key) => Optional(key) is { } node ? new YamlMap(node, File, $"'{key}'") : null;

    public int? OptionalInt(string key)
    {
        if (Optional(key) is not { } node)
        {
            return null;
        }

        return int.TryParse(Scalar(node, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DefinitionException(File, node.Start.Line, $"'{key}' must be a whole number");
    }

    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        return node switch
        {
            null => [],
            YamlSequenceNode sequence => [.. sequence.Children],
            _ => throw new DefinitionException(File, node.Start.Line, $"'{key}' must be a list"),
        };
    }

    public IReadOnlyList<string> StringList(string key, bool required = false) =>
        [.. Sequence(key, required).Select(n => Scalar(n, key))];

    /// <summary>Every key not read so far is an error: a misspelt key must not be silently ignored.</summary>
    public void Finish(string what, IEnumerable<string> allowed)
    {
        foreach (var (name, (key, _)) in entries)
        {
            if (!read.Contains(name))
            {
                throw new DefinitionException(File, key.Start.Line, $"unknown key '{name}' in {what}; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    public string Scalar(YamlNode node, string key)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node is YamlScalarNode scalar && scalar.Value is not null
            ? scalar.Value
            : throw new DefinitionException(File, node.Start.Line, $"'{key}' must be a single value");
    }

    public DefinitionException Error(YamlNode node, string problem)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new DefinitionException(File, node.Start.Line, problem);
    }
}
