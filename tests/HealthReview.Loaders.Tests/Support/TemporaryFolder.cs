using System.Text;

namespace HealthReview.Loaders.Tests.Support;

/// <summary>A fresh folder for one test, deleted with everything in it when the test ends.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "healthreview-loaders-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The absolute path of <paramref name="relative"/> (forward slashes) inside this folder.</summary>
    public string Combine(string relative) => System.IO.Path.Combine([Path, .. relative.Split('/')]);

    /// <summary>Writes UTF-8 text (no BOM, line endings as given) and returns the file's absolute path.</summary>
    public string Write(string relative, string content) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(content));

    public string WriteBytes(string relative, byte[] content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Copies a folder of the repository (or any folder) into this one, under <paramref name="relative"/>.</summary>
    public string CopyFrom(string sourceFolder, string relative)
    {
        var target = Combine(relative);
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(sourceFolder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        // The shared parent goes too once no test is using it.
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
        {
            Directory.Delete(parent);
        }
    }
}
