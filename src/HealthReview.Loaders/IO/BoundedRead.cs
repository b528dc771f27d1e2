namespace HealthReview.Loaders.IO;

/// <summary>Reads a stream to its end, but never past a limit: for content whose length was not known to be within it.</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes; null when there are more than <paramref name="maxBytes"/> (at most one byte more is read).</summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var content = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int count;
        while ((count = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - content.Length))) > 0)
        {
            content.Write(chunk, 0, count);
            if (content.Length > maxBytes)
            {
                return null;
            }
        }

        return content.ToArray();
    }
}
