using System.IO.Enumeration;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Archive;
using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders.Discovery;

/// <summary>
/// Finds every file that looks like metadata under the scanned PATHs: folders (recursively; an SFDX project's
/// package directories when it has an sfdx-project.json), single files, and retrieve zips.
/// </summary>
public static class ExportDiscovery
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { "node_modules" };

    // What DirectoryInfo.EnumerateFileSystemInfos() lists: every entry, hidden ones too; errors are thrown.
    private static readonly EnumerationOptions Everything = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        MatchType = MatchType.Win32,
        RecurseSubdirectories = false,
    };

    private static readonly EnumerationOptions WithoutLinks = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        MatchType = MatchType.Win32,
        RecurseSubdirectories = false,
    };

    public static DiscoveryResult Discover(IReadOnlyList<string> paths, LoaderOptions options) => Discover(paths, options, sizeOnOpen: false);

    /// <summary>
    /// With <paramref name="sizeOnOpen"/>, files found in folders are not stat'ed here: their size (and a refusal for being
    /// too large) is settled by <see cref="FileLoader"/> when it opens them, in parallel and without a second system call.
    /// </summary>
    internal static DiscoveryResult Discover(IReadOnlyList<string> paths, LoaderOptions options, bool sizeOnOpen)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<CandidateFile>();
        var problems = new List<InputDiagnostic>();
        var prefixes = DisplayPrefixes(paths);
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            var prefix = prefixes[i];
            if (Directory.Exists(path))
            {
                files.AddRange(FromDirectory(path, prefix, options, sizeOnOpen, problems));
            }
            else if (File.Exists(path))
            {
                var fileName = Path.GetFileName(path);
                if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    var (zipFiles, zipProblems) = ZipExportReader.Read(path, prefix, options);
                    files.AddRange(zipFiles);
                    problems.AddRange(zipProblems);
                }
                else
                {
                    var name = MetadataFileName.Classify(fileName) ?? new MetadataFileName(fileName, null, FileRole.OtherMetadata, false);
                    // With several PATHs the prefix already is this file's (unique) name.
                    files.Add(OnDisk(path, prefix.Length > 0 ? prefix.TrimEnd('/') : fileName, name, new FileInfo(path).Length, options));
                }
            }
            else
            {
                problems.Add(new InputDiagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingPath, new SourceLocation(path, 0, 0), "no such file or folder"));
            }
        }

        files.Sort(ByDisplayPath);
        return new DiscoveryResult(files, problems);
    }

    /// <summary>
    /// Ordinal order of display paths. Two files from one folder listing share everything up to their names, so only the
    /// names are compared: the same order, without comparing a long common folder path again and again. (A name with a
    /// backslash, which becomes a '/' in its display path, has no name in its folder here and is compared whole.)
    /// </summary>
    private static int ByDisplayPath(CandidateFile a, CandidateFile b)
    {
        if (a.Folder is { } folder && ReferenceEquals(folder, b.Folder) && a.NameInFolder is { IsEmpty: false } aName && b.NameInFolder is { IsEmpty: false } bName)
        {
            return aName.SequenceCompareTo(bName);
        }

        return string.CompareOrdinal(a.DisplayPath, b.DisplayPath);
    }

    /// <summary>One PATH: paths are relative to it. Several: each is prefixed with its own folder or file name, made unique.</summary>
    private static string[] DisplayPrefixes(IReadOnlyList<string> paths)
    {
        if (paths.Count == 1)
        {
            return [string.Empty];
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new string[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths[i])));
            if (name.Length == 0)
            {
                name = "root";
            }

            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{name}~{n}";
            }

            result[i] = unique + "/";
        }

        return result;
    }

    private static List<CandidateFile> FromDirectory(string root, string prefix, LoaderOptions options, bool sizeOnOpen, List<InputDiagnostic> problems)
    {
        // Each package directory as the prefix a path inside it starts with.
        var packagePrefixes = PackageDirectories(root, prefix, problems)?.Select(d => d + "/").ToArray();
        var result = new List<CandidateFile>();

        // Folders to list, with their path relative to the root ("" for the root itself): file paths are built from it
        // rather than worked out again for every file.
        var pending = new Stack<(string FullPath, string Relative)>();
        pending.Push((Path.GetFullPath(root), string.Empty));
        while (pending.Count > 0)
        {
            var (directory, directoryRelative) = pending.Pop();
            FolderEntry[] entries;
            try
            {
                entries = (sizeOnOpen ? ListWithoutStat(directory, directoryRelative) : null) ?? List(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputDiagnostic(DiagnosticSeverity.Error, "unreadable-folder", new SourceLocation(prefix + (directoryRelative.Length == 0 ? "." : directoryRelative.TrimEnd('/')), 0, 0), $"could not list the folder: {ex.Message.TrimEnd('.')}"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.IsDirectory)
                {
                    // Version-control and tool caches (.git, .sf, .sfdx) and dependencies are never an export.
                    if (!entry.Text.StartsWith('.') && !SkippedDirectories.Contains(entry.Text) && (entry.DirectoryAttributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push((Path.Join(directory, entry.Text), directoryRelative + entry.Text.Replace('\\', '/') + "/"));
                    }

                    continue;
                }

                var fileName = entry.Name;
                var name = MetadataFileName.Classify(fileName);
                if (name is null)
                {
                    continue;
                }

                var hasBackslash = fileName.Contains('\\');
                var relative = hasBackslash ? directoryRelative + fileName.ToString().Replace('\\', '/')
                    : entry.NameStart == directoryRelative.Length ? entry.Text
                    : string.Concat(directoryRelative, fileName);
                var candidate = entry.File is { } file
                    ? OnDisk(file.FullName, prefix + relative, name, file.Length, options)
                    : new CandidateFile(prefix + relative, name, 0)
                    {
                        // The name on disk is the display path's last part unless it holds a backslash (then it is kept whole).
                        FullPath = hasBackslash ? Path.Join(directory, fileName) : null,
                        Folder = directory,
                        SizeOnOpen = true,
                    };
                if (packagePrefixes is not null && name.Role != FileRole.SfdxProject && !StartsWithAny(relative, packagePrefixes))
                {
                    candidate = candidate with { IgnoreReason = "outside the package directories of sfdx-project.json" };
                }

                result.Add(candidate);
            }
        }

        return result;
    }

    private static bool StartsWithAny(string path, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folder's entries as FileInfo and DirectoryInfo, which stat every entry (a file's size is then known).</summary>
    private static FolderEntry[] List(string directory) =>
        [.. new DirectoryInfo(directory).EnumerateFileSystemInfos().Select(info => info is DirectoryInfo sub
            ? new FolderEntry(sub.Name, 0, true, sub.Attributes, null)
            : new FolderEntry(info.Name, 0, false, 0, (FileInfo)info))];

    /// <summary>
    /// The folder's entries without a stat per file, or null when the folder holds a symbolic link: the size of a link is
    /// the link's own (what FileInfo reports), which opening the file would not tell, so such a folder is listed with
    /// <see cref="List"/>. Links are told apart by the directory entry's type, which costs nothing: the folder is listed
    /// once with links skipped and once counted with them.
    /// </summary>
    private static FolderEntry[]? ListWithoutStat(string directory, string directoryRelative)
    {
        // A file's entry is its path relative to the root, made once: it is the file's display path (with one PATH).
        FolderEntry[] entries = [.. new FileSystemEnumerable<FolderEntry>(
            directory,
            (ref FileSystemEntry entry) => entry.IsDirectory
                ? new FolderEntry(entry.FileName.ToString(), 0, true, entry.Attributes, null)
                : new FolderEntry(string.Concat(directoryRelative, entry.FileName), directoryRelative.Length, false, 0, null),
            WithoutLinks)];
        var all = new FileSystemEnumerable<bool>(directory, static (ref FileSystemEntry _) => true, Everything).Count();
        return all == entries.Length ? entries : null;
    }

    private static List<string>? PackageDirectories(string root, string prefix, List<InputDiagnostic> problems)
    {
        var projectFile = Path.Combine(root, "sfdx-project.json");
        if (!File.Exists(projectFile))
        {
            return null;
        }

        try
        {
            var (directories, problem) = SfdxProjectFile.ReadPackageDirectories(File.ReadAllBytes(projectFile));
            if (problem is not null)
            {
                problems.Add(new InputDiagnostic(DiagnosticSeverity.Warning, "sfdx-project", new SourceLocation(prefix + "sfdx-project.json", 0, 0), problem));
                return null;
            }

            return [.. directories];
        }
        catch (IOException ex)
        {
            problems.Add(new InputDiagnostic(DiagnosticSeverity.Warning, "sfdx-project", new SourceLocation(prefix + "sfdx-project.json", 0, 0), $"could not read: {ex.Message}; the whole folder was scanned"));
            return null;
        }
    }

    private static CandidateFile OnDisk(string fullPath, string display, MetadataFileName name, long size, LoaderOptions options) =>
        new(display, name, size)
        {
            FullPath = fullPath,
            Refusal = size > options.MaxFileBytes ? ZipExportReader.SizeRefusal(size, options) : null,
        };

    /// <summary>
    /// One name in a folder listing: a folder with its attributes, or a file with its FileInfo when it was stat'ed.
    /// <see cref="Text"/> is the name, or for a file listed without a stat its path relative to the root, whose name starts
    /// at <see cref="NameStart"/>.
    /// </summary>
    private readonly record struct FolderEntry(string Text, int NameStart, bool IsDirectory, FileAttributes DirectoryAttributes, FileInfo? File)
    {
        public ReadOnlySpan<char> Name => Text.AsSpan(NameStart);
    }
}
