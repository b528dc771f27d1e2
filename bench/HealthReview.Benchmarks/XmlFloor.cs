using System.Xml;

namespace HealthReview.Benchmarks;

/// <summary>
/// The floor the loader is measured against: enumerate the export's files, read each one and parse it to the end with a
/// plain <see cref="XmlReader"/> (DTDs prohibited, no resolver), and nothing else: no hash, no tree, no binding.
/// </summary>
internal static class XmlFloor
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    /// <summary>One pass over every file under <paramref name="root"/>; returns the number of files and bytes read.</summary>
    public static (int Files, long Bytes) Run(string root, int parallelism)
    {
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        long bytes = 0;
        if (parallelism <= 1)
        {
            foreach (var file in files)
            {
                bytes += ReadAndParse(file);
            }
        }
        else
        {
            Parallel.ForEach(
                files,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                () => 0L,
                (file, _, subtotal) => subtotal + ReadAndParse(file),
                subtotal => Interlocked.Add(ref bytes, subtotal));
        }

        return (files.Length, bytes);
    }

    /// <summary>Reads the file; parses it unless it is the project's JSON file (the loader does not XML-parse that either).</summary>
    private static long ReadAndParse(string path)
    {
        var content = File.ReadAllBytes(path);
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            return content.Length;
        }

        using var reader = XmlReader.Create(new MemoryStream(content, writable: false), Settings);
        while (reader.Read())
        {
        }

        return content.Length;
    }
}
