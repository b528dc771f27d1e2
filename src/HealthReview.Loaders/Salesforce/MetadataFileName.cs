namespace HealthReview.Loaders.Salesforce;

/// <summary>
/// What a file name says: the metadata type, the component's full name and its role. Works for both layouts: SFDX source
/// format (<c>X.connectedApp-meta.xml</c>) and MDAPI format (<c>X.connectedApp</c>).
/// </summary>
public sealed record MetadataFileName(string FullName, string? MetadataType, FileRole Role, bool IsSourceFormat)
{
    private const string MetaSuffix = "-meta.xml";

    // Suffix → (type, role), from the CLI's metadata registry (source-deploy-retrieve).
    private static readonly Dictionary<string, (string Type, FileRole Role)> Suffixes = new(StringComparer.Ordinal)
    {
        ["eca"] = ("ExternalClientApplication", FileRole.EcaHeader),
        ["ecaGlblOauth"] = ("ExtlClntAppGlobalOauthSettings", FileRole.EcaGlobalOauth),
        ["ecaOauth"] = ("ExtlClntAppOauthSettings", FileRole.EcaOauthSettings),
        ["ecaOauthPlcy"] = ("ExtlClntAppOauthConfigurablePolicies", FileRole.EcaOauthPolicies),
        ["ecaPlcy"] = ("ExtlClntAppConfigurablePolicies", FileRole.EcaPolicies),
        ["ecaOauthSecurity"] = ("ExtlClntAppOauthSecuritySettings", FileRole.EcaOauthSecurity),
        ["connectedApp"] = ("ConnectedApp", FileRole.ConnectedApp),
        ["ecaCanvas"] = ("ExtlClntAppCanvasSettings", FileRole.EcaPlugin),
        ["ecaMobile"] = ("ExtlClntAppMobileSettings", FileRole.EcaPlugin),
        ["ecaMobilePlcy"] = ("ExtlClntAppMobileConfigurablePolicies", FileRole.EcaPlugin),
        ["ecaNotifications"] = ("ExtlClntAppNotificationSettings", FileRole.EcaPlugin),
        ["ecaPush"] = ("ExtlClntAppPushSettings", FileRole.EcaPlugin),
        ["ecaPushPlcy"] = ("ExtlClntAppPushConfigurablePolicies", FileRole.EcaPlugin),
        ["ecaSamlPlcy"] = ("ExtlClntAppSamlConfigurablePolicies", FileRole.EcaPlugin),
        ["ecaSmpl"] = ("ExtlClntAppSampleSettings", FileRole.EcaPlugin),
        ["ecaSmplPlcy"] = ("ExtlClntAppSampleConfigurablePolicies", FileRole.EcaPlugin),
    };

    /// <summary>The root element each readable role must have.</summary>
    public string? ExpectedRoot => Role switch
    {
        FileRole.EcaHeader => "ExternalClientApplication",
        FileRole.EcaGlobalOauth => "ExtlClntAppGlobalOauthSettings",
        FileRole.EcaOauthSettings => "ExtlClntAppOauthSettings",
        FileRole.EcaOauthPolicies => "ExtlClntAppOauthConfigurablePolicies",
        FileRole.EcaPolicies => "ExtlClntAppConfigurablePolicies",
        FileRole.EcaOauthSecurity => "ExtlClntAppOauthSecuritySettings",
        FileRole.ConnectedApp => "ConnectedApp",
        FileRole.OrgSettings => "ExternalClientAppSettings",
        _ => null,
    };

    // Looked up by the span of a folder listing's name, so that classifying allocates nothing but the result.
    private static readonly Dictionary<string, (string Type, FileRole Role)>.AlternateLookup<ReadOnlySpan<char>> SuffixesBySpan =
        Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies a file name; null when it does not look like metadata at all.</summary>
    public static MetadataFileName? Classify(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Classify(fileName.AsSpan());
    }

    /// <summary>Classifies a file name as a folder listing gives it, without making a string of it first.</summary>
    public static MetadataFileName? Classify(ReadOnlySpan<char> fileName)
    {
        if (fileName.Equals("package.xml", StringComparison.OrdinalIgnoreCase))
        {
            return new MetadataFileName("package", "Package", FileRole.Manifest, false);
        }

        if (fileName.Equals("sfdx-project.json", StringComparison.Ordinal))
        {
            return new MetadataFileName("sfdx-project", "SfdxProject", FileRole.SfdxProject, true);
        }

        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return new MetadataFileName(fileName.ToString(), null, FileRole.NestedArchive, false);
        }

        var sourceFormat = fileName.EndsWith(MetaSuffix, StringComparison.Ordinal);
        var stem = sourceFormat ? fileName[..^MetaSuffix.Length] : fileName;
        var dot = stem.LastIndexOf('.');
        if (dot <= 0 || dot == stem.Length - 1)
        {
            return null;
        }

        var fullName = stem[..dot];
        var suffix = stem[(dot + 1)..];
        if (SuffixesBySpan.TryGetValue(suffix, out var known))
        {
            return new MetadataFileName(fullName.ToString(), known.Type, known.Role, sourceFormat);
        }

        if (suffix.SequenceEqual("settings"))
        {
            return fullName.SequenceEqual("ExternalClientApp")
                ? new MetadataFileName("ExternalClientApp", "ExternalClientAppSettings", FileRole.OrgSettings, sourceFormat)
                : new MetadataFileName(fullName.ToString(), "Settings", FileRole.OtherMetadata, sourceFormat);
        }

        // Other source-format files are metadata we do not check; MDAPI files of other types cannot be told from any
        // other file by name, so they are not listed.
        return sourceFormat ? new MetadataFileName(fullName.ToString(), null, FileRole.OtherMetadata, true) : null;
    }
}
