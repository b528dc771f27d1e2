using System.Runtime.InteropServices;
using System.Text;

namespace HealthReview.Loaders.IO;

/// <summary>
/// Lists a folder on Linux with getdents64: each entry's name and the type its directory entry records, in one pass and
/// without a stat per entry. .NET's enumeration gives the type too but not whether an entry is a symbolic link (that costs
/// a stat per file), so discovery used to list every folder twice, once skipping links and once counting them.
/// </summary>
/// <remarks>
/// Anything unusual is left to the caller's ordinary .NET path, which then behaves (and reports errors) as before: the
/// folder cannot be opened or read, an entry's type is not recorded (some file systems), a name is not valid UTF-8, the
/// platform is not Linux or its C library has no getdents64.
/// </remarks>
internal static partial class LinuxDirectoryReader
{
    private const int Interrupted = 4; // EINTR
    private const int BufferBytes = 32 * 1024;
    private const int MaxNameBytes = 256; // NAME_MAX is 255 bytes; UTF-8 never decodes to more chars than bytes

    // The d_type values of <dirent.h>.
    private const byte TypeUnknown = 0;
    private const byte TypeDirectory = 4;
    private const byte TypeLink = 10;

    // struct linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), then the NUL-terminated name.
    private const int RecordLengthOffset = 16;
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool unavailable = !OperatingSystem.IsLinux()
        || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64);

    [ThreadStatic]
    private static byte[]? threadBuffer;

    /// <summary>
    /// The entries of <paramref name="folder"/> other than "." and "..", in the order the file system gives them; null when
    /// this path cannot list it (then the caller lists it the ordinary way, which also gives the error message). A file's
    /// text is its name after <paramref name="filePrefix"/>, made in one string (it becomes the file's display path).
    /// </summary>
    public static List<DirectoryEntry>? TryList(string folder, string filePrefix)
    {
        if (Volatile.Read(ref unavailable))
        {
            return null;
        }

        try
        {
            var descriptor = LinuxFileReader.OpenDirectory(folder);
            if (descriptor < 0)
            {
                return null;
            }

            try
            {
                return ReadEntries(descriptor, filePrefix);
            }
            finally
            {
                LinuxFileReader.CloseDescriptor(descriptor);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            Volatile.Write(ref unavailable, true);
            return null;
        }
    }

    private static List<DirectoryEntry>? ReadEntries(int descriptor, string filePrefix)
    {
        var buffer = threadBuffer ??= new byte[BufferBytes];
        Span<char> decoded = stackalloc char[MaxNameBytes];
        var entries = new List<DirectoryEntry>();
        while (true)
        {
            var read = GetDirectoryEntries(descriptor, ref buffer[0], buffer.Length);
            if (read == 0)
            {
                return entries;
            }

            if (read < 0)
            {
                if (Marshal.GetLastPInvokeError() == Interrupted)
                {
                    continue;
                }

                return null;
            }

            for (var offset = 0; offset < read;)
            {
                var recordLength = BitConverter.ToUInt16(buffer, offset + RecordLengthOffset);
                if (recordLength <= NameOffset || offset + recordLength > read)
                {
                    return null;
                }

                var type = buffer[offset + TypeOffset];
                var name = buffer.AsSpan(offset + NameOffset, recordLength - NameOffset);
                var end = name.IndexOf((byte)0);
                if (end < 0)
                {
                    return null;
                }

                name = name[..end];
                offset += recordLength;
                if (name is [(byte)'.'] or [(byte)'.', (byte)'.'])
                {
                    continue;
                }

                if (type is TypeUnknown or TypeLink)
                {
                    // A link's target may be a folder or a file of any size, which only a stat tells: the ordinary path.
                    return null;
                }

                int length;
                try
                {
                    length = StrictUtf8.GetChars(name, decoded);
                }
                catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException)
                {
                    return null;
                }

                entries.Add(type == TypeDirectory
                    ? new DirectoryEntry(new string(decoded[..length]), 0, true)
                    : new DirectoryEntry(string.Concat(filePrefix, decoded[..length]), filePrefix.Length, false));
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "getdents64", SetLastError = true)]
    private static partial nint GetDirectoryEntries(int descriptor, ref byte buffer, nint count);
}
