namespace HealthReview.Loaders.IO;

/// <summary>
/// The folder one loading worker is reading files from, held open so that each file is opened relative to it (openat):
/// the kernel then looks up one name per file instead of walking the folder's whole path again. One per worker, never
/// shared between threads; disposing it closes the folder.
/// </summary>
internal sealed class OpenFolder : IDisposable
{
    /// <summary>The folder's path as discovery gave it (compared by reference), or null when none is open.</summary>
    public string? Path { get; private set; }

    /// <summary>The open folder's descriptor; -1 when it could not be opened (its files are then opened by full path).</summary>
    public int Descriptor { get; private set; } = -1;

    /// <summary>Closes the folder held so far and takes <paramref name="descriptor"/> for <paramref name="path"/>.</summary>
    public void Replace(string path, int descriptor)
    {
        Dispose();
        Path = path;
        Descriptor = descriptor;
    }

    public void Dispose()
    {
        if (Descriptor >= 0)
        {
            LinuxFileReader.CloseDescriptor(Descriptor);
        }

        Descriptor = -1;
        Path = null;
    }
}
