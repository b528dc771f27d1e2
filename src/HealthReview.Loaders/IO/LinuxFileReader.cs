using System.Runtime.InteropServices;

namespace HealthReview.Loaders.IO;

/// <summary>
/// Reads a whole file on Linux with open, read until end of file, and close: four system calls for a small file, where
/// <see cref="File.ReadAllBytes(string)"/> and <see cref="File.OpenHandle"/> make seven (two fstat calls, and a shared
/// flock taken and released to emulate Windows file sharing, which a read-only scanner has no use for). An export is tens
/// of thousands of small files, and on virtual machines a system call is not cheap.
/// </summary>
/// <remarks>
/// Anything unusual is left to the caller's ordinary .NET path, which then reports it as before: the file cannot be
/// opened or read, it is over the size limit, the platform is not Linux or its C library cannot be called.
/// The file is opened non-blocking, so a named pipe in an export reads as empty instead of hanging the scan.
/// The path is written as UTF-8 straight into a buffer of the thread, and the bytes are
/// handed back in the thread's read buffer: no string or array per file, where an export has tens of thousands of them.
/// Given the worker's <see cref="OpenFolder"/>, a file is opened relative to its folder, which stays open while the
/// worker reads the folder's files.
/// </remarks>
internal static partial class LinuxFileReader
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK on Linux (x64 and arm64)
    private const int CloseOnExec = 0x80000; // O_CLOEXEC on Linux (x64 and arm64)

    // O_DIRECTORY is 0x10000 on Linux x64 and 0x4000 on arm64.
    private static readonly int DirectoryFlag = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x4000 : 0x10000;
    private const int Interrupted = 4; // EINTR
    private const int BufferBytes = 64 * 1024;

    // Kept per thread up to this size; a thread that met a bigger file drops its larger buffer afterwards.
    private const int KeptBufferBytes = 1024 * 1024;

    private static bool unavailable = !OperatingSystem.IsLinux();

    [ThreadStatic]
    private static byte[]? threadBuffer;

    [ThreadStatic]
    private static byte[]? pathBuffer;

    /// <summary>
    /// The bytes of the file <paramref name="name"/> in <paramref name="folder"/>, or false when this path cannot give them
    /// (the caller then reads the file the ordinary way, which also gives the error message). Reads at most
    /// <paramref name="maxBytes"/> + 1 bytes of a file.
    /// </summary>
    /// <remarks>
    /// <paramref name="content"/> is in a buffer of the calling thread: it is valid until the thread's next read, so it must
    /// be used, not kept.
    /// </remarks>
    public static bool TryReadAll(string folder, ReadOnlySpan<char> name, long maxBytes, OpenFolder? openFolder, out ArraySegment<byte> content)
    {
        content = default;
        if (Volatile.Read(ref unavailable))
        {
            return false;
        }

        try
        {
            if (openFolder is not null && !name.IsEmpty && OpenIn(openFolder, folder) is >= 0 and var folderDescriptor)
            {
                return TryEncodePath([], name, out var relative)
                    && TryRead(OpenAt(folderDescriptor, in relative[0], ReadOnly | NonBlocking | CloseOnExec), maxBytes, ref content);
            }

            return TryEncodePath(folder, name, out var path)
                && TryRead(Open(in path[0], ReadOnly | NonBlocking | CloseOnExec), maxBytes, ref content);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            Volatile.Write(ref unavailable, true);
            return false;
        }
    }

    /// <summary>A file given by its full path.</summary>
    public static bool TryReadAll(string path, long maxBytes, out ArraySegment<byte> content) =>
        TryReadAll(path, [], maxBytes, null, out content);

    internal static void CloseDescriptor(int descriptor) => _ = Close(descriptor);

    /// <summary>
    /// <paramref name="folder"/> opened for reading its entries or opening files relative to it; -1 when it cannot be
    /// opened or is not a folder (O_DIRECTORY: a named pipe put in its place cannot block the open).
    /// </summary>
    /// <exception cref="DllNotFoundException">The C library cannot be called; so do the other exceptions of P/Invoke.</exception>
    internal static int OpenDirectory(string folder) =>
        TryEncodePath(folder, [], out var path) ? Open(in path[0], ReadOnly | CloseOnExec | DirectoryFlag) : -1;

    /// <summary>The descriptor of <paramref name="folder"/>, opened for the worker unless it holds it already; -1 when it cannot be opened.</summary>
    private static int OpenIn(OpenFolder openFolder, string folder)
    {
        if (!ReferenceEquals(openFolder.Path, folder))
        {
            openFolder.Replace(folder, OpenDirectory(folder));
        }

        return openFolder.Descriptor;
    }

    /// <summary>
    /// Folder, '/', name and a terminating NUL, as UTF-8 (the folder alone when there is no name, the name alone when there
    /// is no folder); false for a path that UTF-8 cannot carry as it is.
    /// </summary>
    private static bool TryEncodePath(ReadOnlySpan<char> folder, ReadOnlySpan<char> name, out ReadOnlySpan<byte> path)
    {
        path = default;
        var needed = ((folder.Length + name.Length) * 3) + 2;
        var buffer = pathBuffer is { } kept && kept.Length >= needed ? kept : pathBuffer = new byte[Math.Max(needed, 1024)];
        if (!TryEncode(folder, buffer, out var length))
        {
            return false;
        }

        if (!folder.IsEmpty && !name.IsEmpty && buffer[length - 1] != (byte)'/')
        {
            buffer[length++] = (byte)'/';
        }

        if (!TryEncode(name, buffer.AsSpan(length), out var nameLength))
        {
            return false;
        }

        length += nameLength;
        buffer[length] = 0;
        path = buffer.AsSpan(0, length + 1);
        return true;
    }

    private static bool TryEncode(ReadOnlySpan<char> text, Span<byte> into, out int written)
    {
        written = 0;
        return !text.Contains('\0')
            && System.Text.Unicode.Utf8.FromUtf16(text, into, out _, out written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;
    }

    private static bool TryRead(int descriptor, long maxBytes, ref ArraySegment<byte> content)
    {
        if (descriptor < 0)
        {
            return false;
        }

        try
        {
            // One byte past the limit is enough to know that a file is over it.
            var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
            var buffer = threadBuffer ??= new byte[BufferBytes];
            var length = 0;
            while (true)
            {
                if (length == limit)
                {
                    return false;
                }

                if (length == buffer.Length)
                {
                    var larger = new byte[(int)Math.Min((long)buffer.Length * 2, limit)];
                    buffer.AsSpan(0, length).CopyTo(larger);
                    buffer = larger;
                }

                var read = Read(descriptor, ref buffer[length], Math.Min(buffer.Length, limit) - length);
                if (read > 0)
                {
                    length += (int)read;
                    continue;
                }

                if (read == 0)
                {
                    break;
                }

                if (Marshal.GetLastPInvokeError() != Interrupted)
                {
                    return false;
                }
            }

            if (buffer.Length <= KeptBufferBytes)
            {
                threadBuffer = buffer;
            }

            content = new ArraySegment<byte>(buffer, 0, length);
            return true;
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(in byte path, int flags);

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static partial int OpenAt(int folderDescriptor, in byte path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int descriptor, ref byte buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
