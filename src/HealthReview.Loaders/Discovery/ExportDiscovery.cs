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

    public static DiscoveryResult Discover(IReadOnlyList<string> paths, LoaderOptions options)
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
                files.AddRange(FromDirectory(path, prefix, options, problems));
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

        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return new DiscoveryResult(files, problems);
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

    private static List<CandidateFile> FromDirectory(string root, string prefix, LoaderOptions options, List<InputDiagnostic> problems)
    {
        var packageDirectories = PackageDirectories(root, prefix, problems);
        var result = new List<CandidateFile>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputDiagnostic(DiagnosticSeverity.Error, "unreadable-folder", new SourceLocation(prefix + Relative(root, directory), 0, 0), $"could not list the folder: {ex.Message.TrimEnd('.')}"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    // Version-control and tool caches (.git, .sf, .sfdx) and dependencies are never an export.
                    if (!sub.Name.StartsWith('.') && !SkippedDirectories.Contains(sub.Name) && (sub.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(sub.FullName);
                    }

                    continue;
                }

                var name = MetadataFileName.Classify(entry.Name);
                if (name is null)
                {
                    continue;
                }

                var relative = Relative(root, entry.FullName);
                var candidate = OnDisk(entry.FullName, prefix + relative, name, ((FileInfo)entry).Length, options);
                if (packageDirectories is not null && name.Role != FileRole.SfdxProject && !packageDirectories.Any(d => relative.StartsWith(d + "/", StringComparison.Ordinal)))
                {
                    candidate = candidate with { IgnoreReason = "outside the package directories of sfdx-project.json" };
                }

                result.Add(candidate);
            }
        }

        return result;
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

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
