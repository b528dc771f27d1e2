using System.Text;

namespace HealthReview.Cli.Tests.Engine;

/// <summary>A fresh folder for one test, deleted when the test ends.</summary>
internal sealed class EngineTempFolder : IDisposable
{
    public EngineTempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "healthreview-cli-engine-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The absolute path of <paramref name="relative"/> (forward slashes) inside this folder.</summary>
    public string Combine(string relative) => System.IO.Path.Combine([Path, .. relative.Split('/')]);

    /// <summary>Writes UTF-8 text without a BOM and returns the absolute path.</summary>
    public string Write(string relative, string content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
