using System.Text;

namespace HealthReview.Synthetic;

/// <summary>
/// Writes a synthetic Salesforce export: N apps, about 60% External Client Apps (3–5 files each, UI-style or
/// arbitrary file names, sometimes without the global OAuth file) and 40% Connected Apps (one file each), with a
/// seeded mix of recommended and weak settings, plus the org-level ExternalClientApp settings. 10,000 apps give
/// about 33,000 files.
/// </summary>
public static class SyntheticExport
{
    private const double ExternalClientAppShare = 0.6;

    /// <summary>Writes the export into <paramref name="outputDirectory"/>, which must not exist or be empty.</summary>
    /// <exception cref="IOException">The output directory exists and is not empty, or a file cannot be written.</exception>
    public static SyntheticExportResult Write(string outputDirectory, SyntheticExportOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.AppCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.AppCount, SyntheticExportOptions.MaxAppCount);

        var root = Path.GetFullPath(outputDirectory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"The output directory '{root}' is not empty.");
        }

        var layout = options.Layout;
        var metadataRoot = layout == ExportLayout.Sfdx
            ? Path.Combine(root, "force-app", "main", "default")
            : Path.Combine(root, "unpackaged");
        foreach (var kind in MetadataKind.All)
        {
            Directory.CreateDirectory(Path.Combine(metadataRoot, kind.Folder));
        }

        var orgRandom = DeterministicRandom.ForStream(options.Seed, -1);
        var orgId = FakeValues.OrgId(orgRandom);
        var apps = new AppOutcome[options.AppCount];
        Parallel.For(0, options.AppCount, index =>
        {
            var random = DeterministicRandom.ForStream(options.Seed, index);
            var identity = AppIdentity.Create(random, index);
            var isEca = random.Chance(ExternalClientAppShare);
            IReadOnlyList<GeneratedFile> files = isEca
                ? EcaGenerator.Generate(random, identity, orgId)
                : [ConnectedAppGenerator.Generate(random, identity)];
            long bytes = 0;
            foreach (var file in files)
            {
                bytes += WriteFile(metadataRoot, file.RelativePath(layout), file.Content);
            }

            apps[index] = new AppOutcome(
                isEca,
                files.Count,
                bytes,
                layout == ExportLayout.Mdapi ? files.Select(f => (f.Kind.TypeName, f.MemberName)).ToArray() : []);
        });

        var settings = ProjectFiles.OrgSettings(orgRandom);
        long totalBytes = apps.Sum(a => a.Bytes) + WriteFile(metadataRoot, settings.RelativePath(layout), settings.Content);
        var metadataFiles = apps.Sum(a => a.FileCount) + 1;
        var projectFiles = 0;
        if (layout == ExportLayout.Sfdx)
        {
            Directory.CreateDirectory(Path.Combine(root, "manifest"));
            totalBytes += WriteFile(root, "sfdx-project.json", ProjectFiles.SfdxProjectJson());
            totalBytes += WriteFile(root, "manifest/package.xml", ProjectFiles.WildcardManifest());
            projectFiles = 2;
        }
        else
        {
            var members = apps.SelectMany(a => a.Members)
                .Append((settings.Kind.TypeName, settings.MemberName))
                .GroupBy(m => m.TypeName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.MemberName).ToList(), StringComparer.Ordinal);
            totalBytes += WriteFile(metadataRoot, "package.xml", ProjectFiles.Manifest(members));
            projectFiles = 1;
        }

        var ecaCount = apps.Count(a => a.IsExternalClientApp);
        return new SyntheticExportResult(
            options.AppCount,
            ecaCount,
            options.AppCount - ecaCount,
            metadataFiles,
            metadataFiles + projectFiles,
            totalBytes);
    }

    /// <summary>Writes UTF-8 without a byte order mark; the directory already exists.</summary>
    private static long WriteFile(string directory, string relativePath, string content)
    {
        var path = Path.Combine(directory, relativePath);
        var bytes = Encoding.UTF8.GetBytes(content);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }

    private sealed record AppOutcome(
        bool IsExternalClientApp,
        int FileCount,
        long Bytes,
        IReadOnlyList<(string TypeName, string MemberName)> Members);
}
