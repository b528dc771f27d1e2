using System.Text.Json;

namespace HealthReview.Loaders.Discovery;

/// <summary>Reads the package directories of an <c>sfdx-project.json</c>.</summary>
public static class SfdxProjectFile
{
    /// <summary>The package directory paths (forward slashes, no trailing slash), or a problem when the file is not usable.</summary>
    public static (IReadOnlyList<string> Directories, string? Problem) ReadPackageDirectories(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            if (!document.RootElement.TryGetProperty("packageDirectories", out var directories) || directories.ValueKind != JsonValueKind.Array)
            {
                return ([], "sfdx-project.json has no packageDirectories list; the whole folder was scanned");
            }

            var result = new List<string>();
            foreach (var entry in directories.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String)
                {
                    var normalised = (path.GetString() ?? string.Empty).Replace('\\', '/').Trim().Trim('/');
                    if (normalised.StartsWith("./", StringComparison.Ordinal))
                    {
                        normalised = normalised[2..];
                    }

                    if (normalised.Length > 0 && !normalised.Split('/').Contains(".."))
                    {
                        result.Add(normalised);
                    }
                }
            }

            return result.Count == 0
                ? ([], "sfdx-project.json lists no usable package directory; the whole folder was scanned")
                : (result, null);
        }
        catch (JsonException ex)
        {
            return ([], $"sfdx-project.json is not valid JSON (line {(ex.LineNumber ?? 0) + 1}); the whole folder was scanned");
        }
    }
}
