using System.IO.Compression;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Discovery;
using HealthReview.Loaders.IO;
using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders.Archive;

/// <summary>
/// Reads a retrieve .zip in memory, never unpacking to disk. Entries with <c>..</c> or absolute paths are refused, sizes
/// are enforced while reading (the header's sizes are not trusted), and a bomb stops at the limits.
/// </summary>
public static class ZipExportReader
{
    public static (IReadOnlyList<CandidateFile> Files, IReadOnlyList<InputDiagnostic> Problems) Read(
        string zipPath, string displayPrefix, LoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = new List<CandidateFile>();
        var problems = new List<InputDiagnostic>();
        var zipDisplay = displayPrefix.Length > 0 ? displayPrefix.TrimEnd('/') : Path.GetFileName(zipPath);
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (archive.Entries.Count > options.MaxArchiveEntries)
            {
                problems.Add(Error(zipDisplay, $"the zip has {archive.Entries.Count} entries, more than the limit of {options.MaxArchiveEntries}; it was not read"));
                return (files, problems);
            }

            // A zip may hold one name several times (or once with '\\' and once with '/'): which copy is "the" file is
            // anyone's guess, so none is read, and the name is listed once.
            var copies = archive.Entries.GroupBy(e => e.FullName.Replace('\\', '/'), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var listed = new HashSet<string>(StringComparer.Ordinal);
            long total = 0;
            foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }

                var entryName = entry.FullName.Replace('\\', '/');
                var name = MetadataFileName.Classify(entryName[(entryName.LastIndexOf('/') + 1)..]);
                var unsafePath = IsUnsafe(entryName);
                if (name is null && !unsafePath)
                {
                    continue;
                }

                name ??= new MetadataFileName(entryName, null, FileRole.OtherMetadata, false);
                var display = displayPrefix + (unsafePath ? entry.FullName : entryName);
                if (copies[entryName] > 1)
                {
                    if (listed.Add(entryName))
                    {
                        files.Add(new CandidateFile(display, name, entry.Length) { Refusal = $"the zip holds this entry {copies[entryName]} times; none was read" });
                    }

                    continue;
                }

                if (unsafePath)
                {
                    files.Add(new CandidateFile(display, name, entry.Length) { Refusal = "zip entry path is absolute or contains '..'; refused and not read" });
                    continue;
                }

                if (entry.Length > options.MaxFileBytes)
                {
                    files.Add(new CandidateFile(display, name, entry.Length) { Refusal = SizeRefusal(entry.Length, options) });
                    continue;
                }

                if (entry.CompressedLength > 0 && entry.Length > 1024 * 1024 && entry.Length / entry.CompressedLength > options.MaxCompressionRatio)
                {
                    files.Add(new CandidateFile(display, name, entry.Length) { Refusal = $"zip entry expands {entry.Length / entry.CompressedLength}x (limit {options.MaxCompressionRatio}x): looks like a zip bomb; not read" });
                    continue;
                }

                if (name.Role is FileRole.OtherMetadata or FileRole.NestedArchive)
                {
                    files.Add(new CandidateFile(display, name, entry.Length));
                    continue;
                }

                var (content, refusal) = ReadBounded(entry, options.MaxFileBytes);
                total += content?.Length ?? 0;
                if (total > options.MaxArchiveBytes)
                {
                    problems.Add(Error(zipDisplay, $"the zip unpacks to more than {options.MaxArchiveBytes / (1024 * 1024)} MB; reading stopped at {display}"));
                    break;
                }

                files.Add(new CandidateFile(display, name, content?.LongLength ?? entry.Length) { Content = content, Refusal = refusal });
            }
        }
        catch (InvalidDataException ex)
        {
            problems.Add(Error(zipDisplay, $"not a readable zip archive: {ex.Message.TrimEnd('.')}"));
        }
        catch (IOException ex)
        {
            problems.Add(Error(zipDisplay, $"could not read the zip: {ex.Message.TrimEnd('.')}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            problems.Add(Error(zipDisplay, $"could not read the zip: {ex.Message.TrimEnd('.')}"));
        }

        return (files, problems);
    }

    internal static string SizeRefusal(long size, LoaderOptions options) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"file is {size / 1048576.0:0.0} MB, over the {options.MaxFileBytes / 1048576.0:0.#} MB limit (--max-file-size); not read");

    private static bool IsUnsafe(string entryName) =>
        entryName.StartsWith('/') || entryName.StartsWith('\\') || (entryName.Length > 1 && entryName[1] == ':')
        || entryName.Split('/', '\\').Any(segment => segment == "..");

    private static (byte[]? Content, string? Refusal) ReadBounded(ZipArchiveEntry entry, long limit)
    {
        try
        {
            using var stream = entry.Open();
            var content = BoundedRead.ReadAtMost(stream, limit);
            return content is null
                ? (null, $"zip entry unpacks to more than the {limit / 1048576.0:0.#} MB limit although its header says less; not read")
                : (content, null);
        }
        catch (InvalidDataException ex)
        {
            return (null, $"zip entry is corrupt: {ex.Message.TrimEnd('.')}");
        }
    }

    private static InputDiagnostic Error(string path, string message) =>
        new(DiagnosticSeverity.Error, "archive", new SourceLocation(path, 0, 0), message);
}
