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
/// </remarks>
internal static partial class LinuxFileReader
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK on Linux (x64 and arm64)
    private const int CloseOnExec = 0x80000; // O_CLOEXEC on Linux (x64 and arm64)
    private const int Interrupted = 4; // EINTR
    private const int BufferBytes = 64 * 1024;

    // Kept per thread up to this size; a thread that met a bigger file drops its larger buffer afterwards.
    private const int KeptBufferBytes = 1024 * 1024;

    private static bool unavailable = !OperatingSystem.IsLinux();

    [ThreadStatic]
    private static byte[]? threadBuffer;

    /// <summary>
    /// The file's bytes, or false when this path cannot give them (the caller then reads the file the ordinary way, which
    /// also gives the error message). Reads at most <paramref name="maxBytes"/> + 1 bytes of a file.
    /// </summary>
    public static bool TryReadAll(string path, long maxBytes, out byte[] content)
    {
        content = [];
        if (Volatile.Read(ref unavailable))
        {
            return false;
        }

        try
        {
            return TryRead(path, maxBytes, ref content);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            Volatile.Write(ref unavailable, true);
            return false;
        }
    }

    private static bool TryRead(string path, long maxBytes, ref byte[] content)
    {
        var descriptor = Open(path, ReadOnly | NonBlocking | CloseOnExec);
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

            content = buffer.AsSpan(0, length).ToArray();
            return true;
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int descriptor, ref byte buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
