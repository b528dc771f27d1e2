using HealthReview.Core.Inputs;

namespace HealthReview.Loaders;

/// <summary>
/// The inventory lines of a load, in the loaded files' order, while apps are assembled: a duplicate can still turn a
/// line into an error. Found by path only then (rarely), so no table of tens of thousands of paths is built for nothing.
/// </summary>
internal sealed class Inventory
{
    private readonly InputFile[] lines;
    private Dictionary<string, int>? byPath;

    public Inventory(IReadOnlyList<LoadedFile> files)
    {
        lines = new InputFile[files.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = files[i].Input;
        }
    }

    public void MarkError(string path, string message)
    {
        if (byPath is null)
        {
            byPath = new Dictionary<string, int>(lines.Length, StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                byPath[lines[i].Path] = i;
            }
        }

        var index = byPath[path];
        lines[index] = lines[index] with { Status = InputStatus.Error, Message = message };
    }

    /// <summary>The lines sorted by path; the loader's files already are (discovery lists them in that order), so usually as they are.</summary>
    public InputFile[] SortedByPath()
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.CompareOrdinal(lines[i - 1].Path, lines[i].Path) > 0)
            {
                return [.. lines.OrderBy(input => input.Path, StringComparer.Ordinal)];
            }
        }

        return lines;
    }
}
