using HealthReview.Core.Model;
using HealthReview.Core.Model.ConnectedApps;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Salesforce.ConnectedApp;

/// <summary>A <c>ConnectedApp</c> element tree → <see cref="ConnectedAppDefinition"/> (Metadata API v67).</summary>
public static class ConnectedAppBinder
{
    public static ConnectedAppDefinition Definition(ElementBag b) => new()
    {
        Location = b.Location,
        Attributes = b.Groups("attributes", Attribute),
        HasCanvasConfig = b.Presence("canvasConfig"),
        ContactEmail = b.Str("contactEmail"),
        ContactPhone = b.Str("contactPhone"),
        Description = b.Str("description"),
        IconUrl = b.Str("iconUrl"),
        InfoUrl = b.Str("infoUrl"),
        IpRanges = b.Groups("ipRanges", g => new IpRange(g.Str("start"), g.Str("end"), g.Str("description"), g.Location)),
        Label = b.Str("label"),
        LogoUrl = b.Str("logoUrl"),
        MobileStartUrl = b.Str("mobileStartUrl"),
        OauthConfig = b.Child("oauthConfig", OauthConfig),
        OauthPolicy = b.Child("oauthPolicy", OauthPolicy),
        PermissionSetNames = b.RepeatedOrEmpty("permissionSetName"),
        Plugin = b.Str("plugin"),
        PluginExecutionUser = b.Str("pluginExecutionUser"),
        ProfileNames = b.RepeatedOrEmpty("profileName"),
        HasSamlConfig = b.Presence("samlConfig"),
        SessionPolicy = b.Child("sessionPolicy", SessionPolicy),
        StartUrl = b.Str("startUrl"),
    };

    private static ConnectedAppOauthConfig OauthConfig(ElementBag b) => new()
    {
        Location = b.Location,
        AssetTokenConfig = b.Child("assetTokenConfig", AssetToken),
        CallbackUrls = b.LineList("callbackUrl"),
        HasCertificate = b.SecretPresence("certificate"),
        HasConsumerKey = b.SecretPresence("consumerKey"),
        HasConsumerSecret = b.SecretPresence("consumerSecret"),
        IdTokenConfig = b.Child("idTokenConfig", IdToken),
        IsAdminApproved = b.Bool("isAdminApproved"),
        IsClientCredentialEnabled = b.Bool("isClientCredentialEnabled"),
        IsCodeCredentialEnabled = b.Bool("isCodeCredentialEnabled"),
        IsCodeCredentialPostOnly = b.Bool("isCodeCredentialPostOnly"),
        IsConsumerSecretOptional = b.Bool("isConsumerSecretOptional"),
        IsIntrospectAllTokens = b.Bool("isIntrospectAllTokens"),
        IsNamedUserJwtEnabled = b.Bool("isNamedUserJwtEnabled"),
        IsPkceRequired = b.Bool("isPkceRequired"),
        IsRefreshTokenRotationEnabled = b.Bool("isRefreshTokenRotationEnabled"),
        IsSecretRequiredForRefreshToken = b.Bool("isSecretRequiredForRefreshToken"),
        IsSecretRequiredForTokenExchange = b.Bool("isSecretRequiredForTokenExchange"),
        IsTokenExchangeEnabled = b.Bool("isTokenExchangeEnabled"),
        OauthClientCredentialUser = b.Str("oauthClientCredentialUser"),
        Scopes = b.Repeated("scopes"),
        SingleLogoutUrl = b.Str("singleLogoutUrl"),
    };

    private static ConnectedAppIdTokenConfig IdToken(ElementBag b) => new()
    {
        Location = b.Location,
        IdTokenAudience = b.Str("idTokenAudience"),
        IdTokenIncludeAttributes = b.Bool("idTokenIncludeAttributes"),
        IdTokenIncludeCustomPerms = b.Bool("idTokenIncludeCustomPerms"),
        IdTokenIncludeStandardClaims = b.Bool("idTokenIncludeStandardClaims"),
        IdTokenValidity = b.Int("idTokenValidity", 1, 720),
    };

    private static ConnectedAppAssetTokenConfig AssetToken(ElementBag b) => new()
    {
        Location = b.Location,
        AssetAudiences = b.Str("assetAudiences"),
        AssetIncludeAttributes = b.Bool("assetIncludeAttributes"),
        AssetIncludeCustomPerms = b.Bool("assetIncludeCustomPerms"),
        AssetSigningCertId = b.Str("assetSigningCertId"),
        AssetValidityPeriod = b.Int("assetValidityPeriod"),
    };

    private static ConnectedAppOauthPolicy OauthPolicy(ElementBag b) => new()
    {
        Location = b.Location,
        IpRelaxation = b.Enum("ipRelaxation", MetadataSpellings.ConnectedAppIpRelaxation),
        RefreshTokenPolicy = b.Parsed("refreshTokenPolicy", ValueParsers.ParseRefreshTokenPolicy),
        SingleLogoutUrl = b.Str("singleLogoutUrl"),
    };

    private static ConnectedAppSessionPolicy SessionPolicy(ElementBag b) => new()
    {
        Location = b.Location,
        PolicyAction = b.Enum("policyAction", MetadataSpellings.PolicyAction),
        SessionLevel = b.Enum("sessionLevel", MetadataSpellings.SessionLevel),
        SessionTimeout = b.Int("sessionTimeout", 1, 525_600),
    };

    private static CustomAttribute Attribute(ElementBag b) => new(b.Str("key"), b.Str("formula"), b.Location);
}
