using System.Security.Cryptography;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Model.ConnectedApps;
using HealthReview.Core.Model.ExternalClientApps;
using HealthReview.Loaders.Archive;
using HealthReview.Loaders.Discovery;
using HealthReview.Loaders.IO;
using HealthReview.Loaders.Salesforce;
using HealthReview.Loaders.Salesforce.ConnectedApp;
using HealthReview.Loaders.Salesforce.Eca;
using HealthReview.Loaders.Salesforce.Settings;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders;

/// <summary>
/// Reads one file: hash, private-key sweep, encoding checks, safe XML parse, binding. Never throws for bad input: every
/// problem becomes the file's status and a diagnostic, and a file in error contributes no value.
/// </summary>
public static class FileLoader
{
    private const string MetadataNamespace = "http://soap.sforce.com/2006/04/metadata";
    private static readonly byte[] PrivateKeyMarker = "PRIVATE KEY-----"u8.ToArray();
    private static readonly byte[] BeginMarker = "-----BEGIN "u8.ToArray();

    public static LoadedFile Load(CandidateFile candidate) => Load(candidate, null);

    internal static LoadedFile Load(CandidateFile candidate, LoaderOptions? options) => Load(candidate, options, null);

    /// <param name="openFolder">The calling worker's open folder, when it has one: files on disk are then opened relative to it.</param>
    internal static LoadedFile Load(CandidateFile candidate, LoaderOptions? options, OpenFolder? openFolder)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= new LoaderOptions();
        // Bytes read on Linux are in the thread's read buffer: used within this call, never kept.
        ArraySegment<byte>? opened = null;
        Exception? openError = null;
        if (candidate.SizeOnOpen)
        {
            candidate = OpenOnDisk(candidate, options, openFolder, out opened, out openError);
        }

        var name = candidate.Name;
        if (candidate.Refusal is not null)
        {
            return Failed(candidate, null, candidate.Refusal, 0, 0);
        }

        // Other metadata is listed, not read: it may be large, and it is none of our business.
        if (name.Role is FileRole.OtherMetadata or FileRole.NestedArchive)
        {
            var reason = candidate.IgnoreReason ?? (name.Role == FileRole.NestedArchive
                ? "a zip inside a scanned folder is not opened; give it as a PATH to scan it"
                : "not an OAuth client metadata type");
            return new LoadedFile(name.Role, Input(candidate, null, InputStatus.Ignored, reason));
        }

        ArraySegment<byte> bytes;
        try
        {
            var read = opened ?? AsSegment(candidate.Content ?? (openError is null ? ReadAtMost(candidate.FullPath!, options.MaxFileBytes) : throw openError));
            if (read is not { } content)
            {
                // A device or a link to one (/dev/zero): its listed size was not its length, and it did not end.
                return Failed(candidate, null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"file does not end within the {options.MaxFileBytes / 1048576.0:0.#} MB limit (--max-file-size) although it was listed as {candidate.SizeBytes} bytes (a device, or a link to one?); not read"), 0, 0);
            }

            bytes = content;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(candidate, null, $"could not read the file: {ex.Message.TrimEnd('.')}", 0, 0);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        var sha = Convert.ToHexStringLower(hash);
        var markers = FindPrivateKeys(bytes, candidate.DisplayPath);
        if (candidate.IgnoreReason is not null)
        {
            return new LoadedFile(name.Role, Input(candidate, sha, InputStatus.Ignored, candidate.IgnoreReason)) { SecretMarkers = markers };
        }

        var encodingProblem = CheckEncoding(bytes, out var line, out var column);
        if (encodingProblem is not null)
        {
            return Failed(candidate, sha, encodingProblem, line, column) with { SecretMarkers = markers };
        }

        switch (name.Role)
        {
            case FileRole.SfdxProject:
                var (directories, problem) = SfdxProjectFile.ReadPackageDirectories(bytes.AsMemory());
                return new LoadedFile(name.Role, Input(candidate, sha, InputStatus.Parsed, problem)) { PackageDirectories = directories };
            case FileRole.Manifest:
                return new LoadedFile(name.Role, Input(candidate, sha, InputStatus.Ignored, "manifest (package.xml): lists what was retrieved; not needed to scan")) { SecretMarkers = markers };
            case FileRole.EcaPlugin:
                return new LoadedFile(name.Role, Input(candidate, sha, InputStatus.Ignored, $"{name.MetadataType}: an External Client App plugin without OAuth controls (swept for private keys only)")) { SecretMarkers = markers };
        }

        var parsed = SafeXmlParser.Parse(bytes);
        if (!parsed.Succeeded)
        {
            var (errorLine, errorColumn) = (parsed.Line, parsed.Column);
            if (errorLine == 0 && bytes.AsSpan().IndexOf("<!DOCTYPE"u8) is var doctype and >= 0)
            {
                // .NET gives no position when it refuses a DTD; point at the declaration ourselves.
                (errorLine, errorColumn) = Position(bytes, doctype);
            }

            return Failed(candidate, sha, parsed.Error!, errorLine, errorColumn) with { SecretMarkers = markers };
        }

        var root = parsed.Root!;
        if (root.Name != name.ExpectedRoot)
        {
            return Failed(candidate, sha, $"root element is <{root.Name}>, expected <{name.ExpectedRoot}> for a {name.MetadataType} file", root.Line, root.Column) with { SecretMarkers = markers };
        }

        var context = new BindingContext(candidate.DisplayPath, name.MetadataType!);
        if (root.NamespaceUri != MetadataNamespace)
        {
            context.Problem(DiagnosticSeverity.Warning, "namespace", root, $"root element namespace is '{root.NamespaceUri}', expected '{MetadataNamespace}'; read anyway");
        }

        var bag = new ElementBag(context, root);
        var (component, appName) = Bind(name, bag);
        bag.Finish();

        // Marked per file, like private keys: a secret is in the export even when its file is a duplicate or names no app.
        if (ConsumerSecret(component) is { } consumerSecret)
        {
            markers = [.. markers, consumerSecret];
        }

        if (appName is null)
        {
            return Failed(candidate, sha, "has no <externalClientApplication> value, so it cannot be joined to an app; not used", root.Line, root.Column) with { SecretMarkers = markers };
        }

        var secretMarkers = markers.Count == 0 ? markers : markers.Select(m => m with { AppName = name.Role == FileRole.OrgSettings ? null : appName, AppKind = KindOf(name.Role) }).ToList();
        var invalid = context.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var unknown = context.UnknownElements.Count;
        var message = (invalid, unknown) switch
        {
            (0, 0) => null,
            _ => string.Join("; ", new[]
            {
                invalid > 0 ? $"{invalid} invalid value{(invalid == 1 ? string.Empty : "s")} not used" : null,
                unknown > 0 ? $"{unknown} unknown element{(unknown == 1 ? string.Empty : "s")} kept" : null,
            }.Where(s => s is not null)),
        };
        return new LoadedFile(name.Role, Input(candidate, sha, InputStatus.Parsed, message, appName: name.Role == FileRole.OrgSettings ? null : appName))
        {
            Component = component,
            AppName = appName,
            Diagnostics = context.Diagnostics,
            UnknownElements = context.UnknownElements,
            SecretMarkers = secretMarkers,
        };
    }

    /// <summary>
    /// For a file the loader's discovery did not stat: its size and refusal, settled as discovery would have, and its bytes
    /// when it is to be read, from the one open that tells the size (as <see cref="File.ReadAllBytes"/> does).
    /// </summary>
    private static CandidateFile OpenOnDisk(CandidateFile candidate, LoaderOptions options, OpenFolder? openFolder, out ArraySegment<byte>? bytes, out Exception? openError)
    {
        bytes = null;
        openError = null;
        if (candidate.Name.Role is FileRole.OtherMetadata or FileRole.NestedArchive)
        {
            return Sized(candidate, SizeOf(candidate.FullPath!), options);
        }

        // The full path string is made only when the fast read cannot be used: the fast read takes folder and name.
        var readFast = candidate.Folder is { } folder && !candidate.NameInFolder.IsEmpty
            ? LinuxFileReader.TryReadAll(folder, candidate.NameInFolder, options.MaxFileBytes, openFolder, out var fast)
            : LinuxFileReader.TryReadAll(candidate.FullPath!, options.MaxFileBytes, out fast);
        if (readFast)
        {
            bytes = fast;
            return Sized(candidate, fast.Count, options);
        }

        var path = candidate.FullPath!;

        SafeFileHandle handle;
        try
        {
            // No FileOptions.SequentialScan: the file is read whole in one call, so its read-ahead hint is one more system
            // call per file for nothing.
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            openError = ex;
            return Sized(candidate, SizeOf(path), options);
        }

        try
        {
            using (handle)
            {
                var length = LengthOf(handle);
                if (length > 0 && length <= Array.MaxLength)
                {
                    candidate = Sized(candidate, length, options);
                    if (candidate.Refusal is not null)
                    {
                        return candidate;
                    }

                    var content = new byte[length];
                    var read = 0;
                    while (read < content.Length)
                    {
                        var count = RandomAccess.Read(handle, content.AsSpan(read), read);
                        if (count == 0)
                        {
                            break;
                        }

                        read += count;
                    }

                    if (read == content.Length)
                    {
                        bytes = content;
                        return candidate;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported as ReadAllBytes's error would have been.
            openError = ex;
            return candidate.SizeOnOpen ? Sized(candidate, SizeOf(path), options) : candidate;
        }

        // Not a plain file of a known size (empty, a device, shrunk while read): as before, a stat and ReadAllBytes.
        return Sized(candidate, SizeOf(path), options);
    }

    /// <summary>
    /// The file's bytes, read to its end but never past <paramref name="maxBytes"/>: null when there is more. For files
    /// whose size was not known to be within the limit (a device, a link to one, a file that grew since it was listed).
    /// </summary>
    private static byte[]? ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return BoundedRead.ReadAtMost(stream, maxBytes);
    }

    private static ArraySegment<byte>? AsSegment(byte[]? bytes) => bytes is null ? default(ArraySegment<byte>?) : new ArraySegment<byte>(bytes);

    private static long LengthOf(SafeFileHandle handle)
    {
        try
        {
            return RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            return -1;
        }
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static CandidateFile Sized(CandidateFile candidate, long size, LoaderOptions options) => candidate with
    {
        SizeBytes = size,
        Refusal = size > options.MaxFileBytes ? ZipExportReader.SizeRefusal(size, options) : null,
        SizeOnOpen = false,
    };

    private static (MetadataComponent Component, string? AppName) Bind(MetadataFileName name, ElementBag bag)
    {
        switch (name.Role)
        {
            case FileRole.EcaHeader:
                return (EcaBinders.Header(bag), name.FullName);
            case FileRole.ConnectedApp:
                return (ConnectedAppBinder.Definition(bag), name.FullName);
            case FileRole.OrgSettings:
                return (OrgSettingsBinder.Bind(bag), name.FullName);
            case FileRole.EcaGlobalOauth:
                var global = EcaBinders.GlobalOauth(bag);
                return (global, AppNameOf(global.ExternalClientApplication));
            case FileRole.EcaOauthSettings:
                var settings = EcaBinders.OauthSettings(bag);
                return (settings, AppNameOf(settings.ExternalClientApplication));
            case FileRole.EcaOauthPolicies:
                var policies = EcaBinders.OauthPolicies(bag);
                return (policies, AppNameOf(policies.ExternalClientApplication));
            case FileRole.EcaPolicies:
                var plugins = EcaBinders.Policies(bag);
                return (plugins, AppNameOf(plugins.ExternalClientApplication));
            case FileRole.EcaOauthSecurity:
                var security = EcaBinders.OauthSecurity(bag);
                return (security, AppNameOf(security.ExternalClientApplication));
            default:
                throw new InvalidOperationException($"no binder for {name.Role}");
        }
    }

    private static SecretMarker? ConsumerSecret(MetadataComponent component)
    {
        var secret = component switch
        {
            EcaGlobalOauthSettings global => global.HasConsumerSecret,
            ConnectedAppDefinition definition => definition.OauthConfig?.HasConsumerSecret,
            _ => null,
        };
        return secret is { IsPresent: true, Value: true, Location: { } location }
            ? new SecretMarker(SecretKind.ConsumerSecret, location, null, null)
            : null;
    }

    private static string? AppNameOf(Setting<string> link) => link.IsPresent && !string.IsNullOrWhiteSpace(link.Value) ? link.Value : null;

    private static AppKind? KindOf(FileRole role) => role switch
    {
        FileRole.ConnectedApp => AppKind.ConnectedApp,
        FileRole.OrgSettings => AppKind.Org,
        _ => AppKind.ExternalClientApp,
    };

    private static string? CheckEncoding(ReadOnlySpan<byte> bytes, out int line, out int column)
    {
        line = 0;
        column = 0;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return "file is UTF-16 encoded; Salesforce exports are UTF-8, so it was not read";
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            (line, column) = Position(bytes, nul);
            return "binary content (a NUL byte), not an XML metadata file";
        }

        if (!Utf8.IsValid(bytes))
        {
            var offset = FirstInvalidUtf8(bytes);
            (line, column) = Position(bytes, offset);
            return $"not valid UTF-8 (byte 0x{bytes[offset]:X2}); Salesforce exports are UTF-8, so it was not read";
        }

        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var consumed, out _, replaceInvalidSequences: false);
        return Math.Min(consumed, bytes.Length - 1);
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>The PEM private-key headers in the file; an empty list that is shared (most files have none).</summary>
    private static IReadOnlyList<SecretMarker> FindPrivateKeys(ReadOnlySpan<byte> bytes, string path)
    {
        List<SecretMarker>? result = null;
        var span = bytes;
        var searchFrom = 0;
        while (true)
        {
            var at = span[searchFrom..].IndexOf(PrivateKeyMarker);
            if (at < 0)
            {
                // Not "result is null ? [] : result", whose [] would be a new List per file (see BindingContext).
                return (IReadOnlyList<SecretMarker>?)result ?? [];
            }

            at += searchFrom;

            // Only a PEM header line counts: "-----BEGIN [RSA |EC |ENCRYPTED ]PRIVATE KEY-----".
            var lineStart = span[..at].LastIndexOf((byte)'\n') + 1;
            var begin = span[lineStart..at].IndexOf(BeginMarker);
            if (begin >= 0)
            {
                var (line, column) = Position(bytes, lineStart + begin);
                (result ??= []).Add(new SecretMarker(SecretKind.PrivateKey, new SourceLocation(path, line, column), null, null));
            }

            searchFrom = at + PrivateKeyMarker.Length;
        }
    }

    private static LoadedFile Failed(CandidateFile candidate, string? sha, string message, int line, int column)
    {
        var location = new SourceLocation(candidate.DisplayPath, line, column);
        var diagnostic = new InputDiagnostic(DiagnosticSeverity.Error, "unreadable", location, message);
        return new LoadedFile(candidate.Name.Role, Input(candidate, sha, InputStatus.Error, WithPosition(message, line, column), line, column))
        {
            Diagnostics = [diagnostic],
        };
    }

    private static string WithPosition(string message, int line, int column) =>
        line > 0 ? $"line {line}, column {column}: {message}" : message;

    private static InputFile Input(CandidateFile candidate, string? sha, InputStatus status, string? message, int line = 0, int column = 0, string? appName = null) =>
        new(candidate.DisplayPath, sha, candidate.SizeBytes, candidate.Name.MetadataType, status, message, line > 0 ? line : null, column > 0 ? column : null, appName);
}
