using System.Text;
using System.Text.RegularExpressions;

namespace HealthReview.Reporting.Html;

/// <summary>
/// Reads the page's templates and assets from the assembly. A template's <c>{{ include 'name' }}</c> lines are
/// resolved here, once, before parsing (Scriban would write an include's output through the escaping context): a name
/// is a bare file name, and slashes, backslashes, colons and <c>..</c> are refused, so nothing outside the templates'
/// folder can be reached.
/// </summary>
internal static partial class EmbeddedTemplateLoader
{
    private const string TemplatePrefix = "html/templates/";
    private const int MaxDepth = 8;

    public static string Read(string resourceName)
    {
        using var stream = typeof(EmbeddedTemplateLoader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The HTML report resource '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The template <paramref name="name"/> with its includes (and theirs) inlined.</summary>
    public static string Assemble(string name) => Assemble(name, 0);

    /// <summary>The resource name of a template, or an exception when the name is not a bare file name.</summary>
    public static string ResourceName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(['/', '\\', ':']) >= 0)
        {
            throw new ArgumentException($"Template name '{name}' is not a bare file name.", nameof(name));
        }

        return TemplatePrefix + (name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn");
    }

    private static string Assemble(string name, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"Template includes nest deeper than {MaxDepth} levels at '{name}'.");
        }

        return Include().Replace(Read(ResourceName(name)), m => Assemble(m.Groups["name"].Value, depth + 1).TrimEnd('\n'));
    }

    [GeneratedRegex(@"\{\{\s*include\s+'(?<name>[^']*)'\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Include();
}
