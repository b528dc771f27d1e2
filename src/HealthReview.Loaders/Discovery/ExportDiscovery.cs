using System.IO.Enumeration;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Archive;
using HealthReview.Loaders.IO;
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
        var files = new List<CandidateFile>();
        var (problems, inOrder) = Discover(paths, options, sizeOnOpen, files.AddRange);
        if (!inOrder)
        {
            files.Sort(ByDisplayPath);
        }

        return new DiscoveryResult(files, problems);
    }

    /// <summary>
    /// Finds the files and hands them to <paramref name="publish"/> as it goes, a run at a time (the files of one folder
    /// between two of its subfolders), so that they can be read while the rest is still being listed.
    /// </summary>
    /// <returns>
    /// Problems with the PATHs and folders, and whether the runs came in display-path order: they do unless a file name
    /// holds a backslash (shown as a '/', so it sorts among a subfolder's files).
    /// </returns>
    internal static (List<InputDiagnostic> Problems, bool InOrder) Discover(IReadOnlyList<string> paths, LoaderOptions options, bool sizeOnOpen, Action<CandidateFile[]> publish)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(publish);
        var problems = new List<InputDiagnostic>();
        var inOrder = true;
        var prefixes = DisplayPrefixes(paths);

        // Each PATH's files start with its prefix ("name/", or the file's own display path): in the order of the prefixes,
        // PATH after PATH, the runs stay in display-path order.
        var kinds = new PathKind[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            kinds[i] = Directory.Exists(paths[i]) ? PathKind.Folder : File.Exists(paths[i]) ? PathKind.File : PathKind.Missing;
        }

        var order = Enumerable.Range(0, paths.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(BlockKey(prefixes[a], kinds[a]), BlockKey(prefixes[b], kinds[b])));
        foreach (var i in order)
        {
            var path = paths[i];
            var prefix = prefixes[i];
            switch (kinds[i])
            {
                case PathKind.Folder:
                    inOrder &= new FolderWalk(path, prefix, options, sizeOnOpen, problems, publish).Run();
                    break;
                case PathKind.File when Path.GetFileName(path).EndsWith(".zip", StringComparison.OrdinalIgnoreCase):
                    var (zipFiles, zipProblems) = ZipExportReader.Read(path, prefix, options);
                    var sorted = zipFiles.ToArray();
                    Array.Sort(sorted, ByDisplayPath);
                    Publish(sorted, publish);
                    problems.AddRange(zipProblems);
                    break;
                case PathKind.File:
                    var fileName = Path.GetFileName(path);
                    var name = MetadataFileName.Classify(fileName) ?? new MetadataFileName(fileName, null, FileRole.OtherMetadata, false);
                    // With several PATHs the prefix already is this file's (unique) name.
                    publish([OnDisk(path, prefix.Length > 0 ? prefix.TrimEnd('/') : fileName, name, new FileInfo(path).Length, options)]);
                    break;
                default:
                    problems.Add(new InputDiagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingPath, new SourceLocation(path, 0, 0), "no such file or folder"));
                    break;
            }
        }

        return (problems, inOrder);
    }

    private static string BlockKey(string prefix, PathKind kind) => kind == PathKind.File ? prefix.TrimEnd('/') : prefix;

    private static void Publish(CandidateFile[] files, Action<CandidateFile[]> publish)
    {
        if (files.Length > 0)
        {
            publish(files);
        }
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

    /// <summary>
    /// Order of a folder's entries by what they add to display paths: a file's name, a subfolder's name and a '/' (its
    /// files' paths go on from there). Ordinal, like the order of display paths.
    /// </summary>
    private static int ByName(FolderEntry a, FolderEntry b)
    {
        var x = a.Name;
        var y = b.Name;
        var common = Math.Min(x.Length, y.Length);
        var byCommon = x[..common].SequenceCompareTo(y[..common]);
        if (byCommon != 0)
        {
            return byCommon;
        }

        // One name starts the other (or they are equal). After the shorter, a file's path ends and a folder's goes on with '/'.
        var afterX = x.Length > common ? x[common] : a.IsDirectory ? '/' : '\0';
        var afterY = y.Length > common ? y[common] : b.IsDirectory ? '/' : '\0';
        return afterX != afterY ? afterX - afterY : x.Length - y.Length;
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

    /// <summary>
    /// One folder PATH, listed depth first with each folder's entries in <see cref="ByName"/> order, so that its files come
    /// out in display-path order without sorting them all at the end.
    /// </summary>
    private sealed class FolderWalk(string root, string prefix, LoaderOptions options, bool sizeOnOpen, List<InputDiagnostic> problems, Action<CandidateFile[]> publish)
    {
        private readonly List<CandidateFile> run = [];
        private string[]? packagePrefixes;
        private bool inOrder = true;

        /// <summary>Lists the PATH; false when a name with a backslash put the files out of display-path order.</summary>
        public bool Run()
        {
            // Each package directory as the prefix a path inside it starts with.
            packagePrefixes = PackageDirectories(root, prefix, problems)?.Select(d => d + "/").ToArray();
            Visit(Path.GetFullPath(root), string.Empty);
            return inOrder;
        }

        /// <param name="directory">The folder's full path.</param>
        /// <param name="directoryRelative">Its path relative to the PATH ("" for the PATH itself), ending with '/'.</param>
        private void Visit(string directory, string directoryRelative)
        {
            FolderEntry[] entries;
            try
            {
                entries = List(directory, directoryRelative);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputDiagnostic(DiagnosticSeverity.Error, "unreadable-folder", new SourceLocation(prefix + (directoryRelative.Length == 0 ? "." : directoryRelative.TrimEnd('/')), 0, 0), $"could not list the folder: {ex.Message.TrimEnd('.')}"));
                return;
            }

            Array.Sort(entries, ByName);
            foreach (var entry in entries)
            {
                if (entry.IsDirectory)
                {
                    // Version-control and tool caches (.git, .sf, .sfdx) and dependencies are never an export.
                    if (!entry.Text.StartsWith('.') && !SkippedDirectories.Contains(entry.Text) && (entry.DirectoryAttributes & FileAttributes.ReparsePoint) == 0)
                    {
                        // The folder's files so far go out before the subfolder's, which sort after them.
                        Flush();
                        inOrder &= !entry.Text.Contains('\\');
                        Visit(Path.Join(directory, entry.Text), directoryRelative + entry.Text.Replace('\\', '/') + "/");
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
                inOrder &= !hasBackslash;
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

                run.Add(candidate);
            }

            Flush();
        }

        private void Flush()
        {
            if (run.Count > 0)
            {
                publish([.. run]);
                run.Clear();
            }
        }

        /// <summary>
        /// The folder's entries. Without a stat per file when sizes are settled on opening: in one pass on Linux, else with
        /// .NET's enumeration (twice, to tell links apart); with a stat per file (FileInfo) when a link is among them.
        /// </summary>
        private FolderEntry[] List(string directory, string directoryRelative)
        {
            if (!sizeOnOpen)
            {
                return ListWithStat(directory);
            }

            if (LinuxDirectoryReader.TryList(directory, directoryRelative) is { } listed)
            {
                var entries = new FolderEntry[listed.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    var (text, nameStart, isDirectory) = listed[i];
                    entries[i] = new FolderEntry(text, nameStart, isDirectory, isDirectory ? FileAttributes.Directory : 0, null);
                }

                return entries;
            }

            return ListWithoutStat(directory, directoryRelative) ?? ListWithStat(directory);
        }
    }

    /// <summary>The folder's entries as FileInfo and DirectoryInfo, which stat every entry (a file's size is then known).</summary>
    private static FolderEntry[] ListWithStat(string directory) =>
        [.. new DirectoryInfo(directory).EnumerateFileSystemInfos().Select(info => info is DirectoryInfo sub
            ? new FolderEntry(sub.Name, 0, true, sub.Attributes, null)
            : new FolderEntry(info.Name, 0, false, 0, (FileInfo)info))];

    /// <summary>
    /// The folder's entries without a stat per file, or null when the folder holds a symbolic link: the size of a link is
    /// the link's own (what FileInfo reports), which opening the file would not tell, so such a folder is listed with
    /// <see cref="ListWithStat"/>. Links are told apart by the directory entry's type, which costs nothing: the folder is listed
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
    private enum PathKind
    {
        Missing,
        Folder,
        File,
    }

    private readonly record struct FolderEntry(string Text, int NameStart, bool IsDirectory, FileAttributes DirectoryAttributes, FileInfo? File)
    {
        public ReadOnlySpan<char> Name => Text.AsSpan(NameStart);
    }
}
