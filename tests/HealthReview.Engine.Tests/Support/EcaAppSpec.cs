namespace HealthReview.Engine.Tests.Support;

/// <summary>
/// One External Client App as a set of SFDX source files, joined by <c>&lt;externalClientApplication&gt;</c>. It starts
/// as a well-configured app written the way a retrieve writes it (every boolean explicit, alphabetical order, the
/// UI-style file names <c>_glbloauth</c>, <c>_oauth</c>, <c>_oauthPlcy</c>, <c>_plcy</c>); tests change only what
/// their case is about.
/// </summary>
/// <remarks>
/// The starting configuration follows the recommended values of controls.md: PKCE, rotation, secrets required,
/// ID token 2 minutes with an audience, OpenID scope, https callback, Enforce, admin-approved, 30-day idle refresh
/// policy, 60-minute session, every optional flow off. There is no <c>.ecaOauthSecurity</c> file unless a test adds one.
/// </remarks>
public sealed class EcaAppSpec
{
    private readonly Dictionary<EcaFile, MetadataXml> files = [];
    private readonly Dictionary<EcaFile, string> baseNames = [];
    private readonly HashSet<EcaFile> omitted = [];

    public EcaAppSpec(string name)
    {
        Name = name;
        files[EcaFile.Header] = new MetadataXml("ExternalClientApplication")
            .Set("contactEmail", "owner@example.com")
            .Set("distributionState", "Local")
            .Set("isProtected", "false")
            .Set("label", name)
            .Set("orgScopedExternalApp", "00D000000000001:" + name);
        files[EcaFile.GlobalOauth] = new MetadataXml("ExtlClntAppGlobalOauthSettings")
            .Set("callbackUrl", "https://app.example.com/oauth/callback")
            .Set("consumerKey", "3MVG9FAKEKEYFORTESTS" + name)
            .Set("externalClientApplication", name)
            .Set("idTokenConfig/idTokenAudience", "https://app.example.com")
            .Set("idTokenConfig/idTokenIncludeAttributes", "false")
            .Set("idTokenConfig/idTokenIncludeStandardClaims", "true")
            .Set("idTokenConfig/idTokenValidityInMinutes", "2")
            .Set("isClientCredentialsFlowEnabled", "false")
            .Set("isCodeCredFlowEnabled", "false")
            .Set("isCodeCredPostOnly", "false")
            .Set("isConsumerSecretOptional", "false")
            .Set("isDeviceFlowEnabled", "false")
            .Set("isIntrospectAllTokens", "false")
            .Set("isNamedUserJwtEnabled", "false")
            .Set("isPkceRequired", "true")
            .Set("isRefreshTokenRotationEnabled", "true")
            .Set("isSecretRequiredForRefreshToken", "true")
            .Set("isSecretRequiredForTokenExchange", "true")
            .Set("isTokenExchangeEnabled", "false")
            .Set("label", name + "_glbloauth")
            .Set("shouldRotateConsumerKey", "false")
            .Set("shouldRotateConsumerSecret", "false");
        files[EcaFile.OauthSettings] = new MetadataXml("ExtlClntAppOauthSettings")
            .Set("commaSeparatedOauthScopes", "Api, RefreshToken, OpenID")
            .Set("externalClientApplication", name)
            .Set("isFirstPartyAppEnabled", "false")
            .Set("label", name + "_oauth");
        files[EcaFile.OauthPolicies] = new MetadataXml("ExtlClntAppOauthConfigurablePolicies")
            .Set("externalClientApplication", name)
            .Set("ipRelaxationPolicyType", "Enforce")
            .Set("isClientCredentialsFlowEnabled", "false")
            .Set("isGuestCodeCredFlowEnabled", "false")
            .Set("isTokenExchangeFlowEnabled", "false")
            .Set("label", name + "_oauthPlcy")
            .Set("permittedUsersPolicyType", "AdminApprovedPreAuthorized")
            .Set("refreshTokenPolicyType", "SpecificInactivity")
            .Set("refreshTokenValidityPeriod", "30")
            .Set("refreshTokenValidityUnit", "Days")
            .Set("requiredSessionLevel", "STANDARD")
            .Set("sessionTimeoutInMinutes", "60");
        files[EcaFile.Policies] = new MetadataXml("ExtlClntAppConfigurablePolicies")
            .Set("externalClientApplication", name)
            .Set("isEnabled", "true")
            .Set("isOauthPluginEnabled", "true")
            .Set("label", name + "_plcy")
            .Set("startPage", "None");
        files[EcaFile.OauthSecurity] = new MetadataXml("ExtlClntAppOauthSecuritySettings")
            .Set("externalClientApplication", name)
            .Set("label", name + "_oauthSecurity");
        omitted.Add(EcaFile.OauthSecurity);
    }

    public string Name { get; }

    /// <summary>The header file (<c>.eca</c>).</summary>
    public EcaAppSpec Header(string path, string? value) => Edit(EcaFile.Header, path, value);

    /// <summary>The global OAuth settings (<c>.ecaGlblOauth</c>).</summary>
    public EcaAppSpec Global(string path, string? value) => Edit(EcaFile.GlobalOauth, path, value);

    /// <summary>The OAuth settings (<c>.ecaOauth</c>).</summary>
    public EcaAppSpec Settings(string path, string? value) => Edit(EcaFile.OauthSettings, path, value);

    /// <summary>The OAuth policies (<c>.ecaOauthPlcy</c>).</summary>
    public EcaAppSpec Policy(string path, string? value) => Edit(EcaFile.OauthPolicies, path, value);

    /// <summary>The plugin policies (<c>.ecaPlcy</c>).</summary>
    public EcaAppSpec Plugins(string path, string? value) => Edit(EcaFile.Policies, path, value);

    /// <summary>The OAuth security settings (<c>.ecaOauthSecurity</c>); setting anything puts the file in the export.</summary>
    public EcaAppSpec Security(string path, string? value)
    {
        omitted.Remove(EcaFile.OauthSecurity);
        return Edit(EcaFile.OauthSecurity, path, value);
    }

    /// <summary><c>commaSeparatedOauthScopes</c>, e.g. <c>"Api, RefreshToken"</c>.</summary>
    public EcaAppSpec Scopes(string commaSeparated) => Settings("commaSeparatedOauthScopes", commaSeparated);

    /// <summary>Adds a <c>trustedIpRanges</c> entry to the <c>.ecaOauth</c> file.</summary>
    public EcaAppSpec TrustedIpRange(string start, string end)
    {
        files[EcaFile.OauthSettings].AddGroup("trustedIpRanges", ("description", "test range"), ("endIpAddress", end), ("startIpAddress", start));
        return this;
    }

    /// <summary>Adds a <c>customAttributes</c> entry to the <c>.ecaOauth</c> file.</summary>
    public EcaAppSpec CustomAttribute(string key, string formula)
    {
        files[EcaFile.OauthSettings].AddGroup("customAttributes", ("formula", formula), ("key", key));
        return this;
    }

    /// <summary>Leaves the file out of the export, as a partial retrieve or a .forceignore would.</summary>
    public EcaAppSpec Without(EcaFile file)
    {
        omitted.Add(file);
        return this;
    }

    /// <summary>Names the file <c>baseName.suffix-meta.xml</c> instead of the UI-style default.</summary>
    public EcaAppSpec FileName(EcaFile file, string baseName)
    {
        baseNames[file] = baseName;
        return this;
    }

    /// <summary>The XML of one file, for edits the shortcuts do not cover.</summary>
    public MetadataXml Xml(EcaFile file) => files[file];

    /// <summary>The files to write: path relative to the package directory, and content.</summary>
    public IEnumerable<(string RelativePath, string Content)> Render() =>
        files.Where(f => !omitted.Contains(f.Key)).Select(f => (PathOf(f.Key), f.Value.ToXml()));

    /// <summary>Where a file of this app is written, relative to the package directory.</summary>
    public string PathOf(EcaFile file)
    {
        var (folder, suffix, defaultBase) = file switch
        {
            EcaFile.Header => ("externalClientApps", "eca", Name),
            EcaFile.GlobalOauth => ("extlClntAppGlobalOauthSets", "ecaGlblOauth", Name + "_glbloauth"),
            EcaFile.OauthSettings => ("extlClntAppOauthSettings", "ecaOauth", Name + "_oauth"),
            EcaFile.OauthPolicies => ("extlClntAppOauthPolicies", "ecaOauthPlcy", Name + "_oauthPlcy"),
            EcaFile.Policies => ("extlClntAppPolicies", "ecaPlcy", Name + "_plcy"),
            EcaFile.OauthSecurity => ("extlClntAppOauthSecuritySettings", "ecaOauthSecurity", Name + "_oauthSecurity"),
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
        return $"{folder}/{baseNames.GetValueOrDefault(file, defaultBase)}.{suffix}-meta.xml";
    }

    private EcaAppSpec Edit(EcaFile file, string path, string? value)
    {
        files[file].Set(path, value);
        return this;
    }
}
