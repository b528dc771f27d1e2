namespace HealthReview.Engine.Tests.Support;

/// <summary>
/// One Connected App as its single <c>connectedApps/X.connectedApp-meta.xml</c> file (oauthConfig, oauthPolicy,
/// sessionPolicy). It starts well configured, every element written explicitly; tests change only what their case is
/// about.
/// </summary>
/// <remarks>
/// Starting configuration (controls.md): admin-approved, PKCE and rotation in <c>oauthConfig</c>, secrets required,
/// ID token 2 minutes with an audience and no custom permissions, scopes Api/RefreshToken/OpenID, https callback,
/// ENFORCE, <c>specific_inactivity:30:DAYS</c>, session timeout 60, every optional flow off.
/// </remarks>
public sealed class ConnectedAppSpec
{
    public ConnectedAppSpec(string name)
    {
        Name = name;
        Xml = new MetadataXml("ConnectedApp")
            .Set("contactEmail", "owner@example.com")
            .Set("label", name)
            .Set("oauthConfig/callbackUrl", "https://app.example.com/oauth/callback")
            .Set("oauthConfig/consumerKey", "3MVG9FAKEKEYFORTESTS" + name)
            .Set("oauthConfig/idTokenConfig/idTokenAudience", "https://app.example.com")
            .Set("oauthConfig/idTokenConfig/idTokenIncludeAttributes", "false")
            .Set("oauthConfig/idTokenConfig/idTokenIncludeCustomPerms", "false")
            .Set("oauthConfig/idTokenConfig/idTokenIncludeStandardClaims", "true")
            .Set("oauthConfig/idTokenConfig/idTokenValidity", "2")
            .Set("oauthConfig/isAdminApproved", "true")
            .Set("oauthConfig/isClientCredentialEnabled", "false")
            .Set("oauthConfig/isCodeCredentialEnabled", "false")
            .Set("oauthConfig/isCodeCredentialPostOnly", "false")
            .Set("oauthConfig/isConsumerSecretOptional", "false")
            .Set("oauthConfig/isIntrospectAllTokens", "false")
            .Set("oauthConfig/isNamedUserJwtEnabled", "false")
            .Set("oauthConfig/isPkceRequired", "true")
            .Set("oauthConfig/isRefreshTokenRotationEnabled", "true")
            .Set("oauthConfig/isSecretRequiredForRefreshToken", "true")
            .Set("oauthConfig/isSecretRequiredForTokenExchange", "true")
            .Set("oauthConfig/isTokenExchangeEnabled", "false")
            .Add("oauthConfig/scopes", "Api")
            .Add("oauthConfig/scopes", "RefreshToken")
            .Add("oauthConfig/scopes", "OpenID")
            .Set("oauthPolicy/ipRelaxation", "ENFORCE")
            .Set("oauthPolicy/refreshTokenPolicy", "specific_inactivity:30:DAYS")
            .Set("sessionPolicy/sessionTimeout", "60");
    }

    public string Name { get; }

    public MetadataXml Xml { get; }

    /// <summary>A top-level element (e.g. <c>label</c>, <c>ipRanges</c>); <c>null</c> removes it.</summary>
    public ConnectedAppSpec Root(string path, string? value)
    {
        Xml.Set(path, value);
        return this;
    }

    /// <summary>An element inside <c>oauthConfig</c>; <c>null</c> removes it.</summary>
    public ConnectedAppSpec OauthConfig(string path, string? value) => Root("oauthConfig/" + path, value);

    /// <summary>An element inside <c>oauthPolicy</c>; <c>null</c> removes it.</summary>
    public ConnectedAppSpec OauthPolicy(string path, string? value) => Root("oauthPolicy/" + path, value);

    /// <summary>An element inside <c>sessionPolicy</c>; <c>null</c> removes it.</summary>
    public ConnectedAppSpec SessionPolicy(string path, string? value) => Root("sessionPolicy/" + path, value);

    /// <summary>Replaces the repeated <c>oauthConfig/scopes</c> elements.</summary>
    public ConnectedAppSpec Scopes(params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        Xml.Remove("oauthConfig/scopes");
        foreach (var scope in scopes)
        {
            Xml.Add("oauthConfig/scopes", scope);
        }

        return this;
    }

    /// <summary>Adds an <c>ipRanges</c> entry (start, end).</summary>
    public ConnectedAppSpec IpRange(string start, string end)
    {
        Xml.AddGroup("ipRanges", ("description", "test range"), ("end", end), ("start", start));
        return this;
    }

    /// <summary>Adds an <c>attributes</c> entry (key, formula).</summary>
    public ConnectedAppSpec Attribute(string key, string formula)
    {
        Xml.AddGroup("attributes", ("formula", formula), ("key", key));
        return this;
    }

    /// <summary>Where the file is written, relative to the package directory.</summary>
    public string RelativePath => $"connectedApps/{Name}.connectedApp-meta.xml";
}
