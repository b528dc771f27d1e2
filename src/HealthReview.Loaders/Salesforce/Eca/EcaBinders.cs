using HealthReview.Core.Model;
using HealthReview.Core.Model.ExternalClientApps;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Salesforce.Eca;

/// <summary>Element trees of the External Client App types → typed records. One line per documented field (Metadata API v66/v67).</summary>
public static class EcaBinders
{
    public static EcaHeader Header(ElementBag b) => new()
    {
        Location = b.Location,
        ContactEmail = b.Str("contactEmail"),
        ContactPhone = b.Str("contactPhone"),
        Description = b.Str("description"),
        DistributionState = b.Enum("distributionState", MetadataSpellings.DistributionState),
        IconUrl = b.Str("iconUrl"),
        InfoUrl = b.Str("infoUrl"),
        IsProtected = b.Bool("isProtected"),
        Label = b.Str("label"),
        LogoUrl = b.Str("logoUrl"),
        ManagedType = b.Str("managedType"),
        OrgScopedExternalApp = b.Str("orgScopedExternalApp"),
    };

    public static EcaGlobalOauthSettings GlobalOauth(ElementBag b) => new()
    {
        Location = b.Location,
        CallbackUrls = b.LineList("callbackUrl"),
        HasCertificate = b.SecretPresence("certificate"),
        HasConsumerKey = b.SecretPresence("consumerKey"),
        HasConsumerSecret = b.SecretPresence("consumerSecret"),
        ExternalClientApplication = b.Str("externalClientApplication"),
        IdTokenConfig = b.Child("idTokenConfig", IdToken),
        IsClientCredentialsFlowEnabled = b.Bool("isClientCredentialsFlowEnabled"),
        IsCodeCredFlowEnabled = b.Bool("isCodeCredFlowEnabled"),
        IsCodeCredPostOnly = b.Bool("isCodeCredPostOnly"),
        IsConsumerSecretOptional = b.Bool("isConsumerSecretOptional"),
        IsDeviceFlowEnabled = b.Bool("isDeviceFlowEnabled"),
        IsIntrospectAllTokens = b.Bool("isIntrospectAllTokens"),
        IsNamedUserJwtEnabled = b.Bool("isNamedUserJwtEnabled"),
        IsPkceRequired = b.Bool("isPkceRequired"),
        IsRefreshTokenRotationEnabled = b.Bool("isRefreshTokenRotationEnabled"),
        IsSecretRequiredForRefreshToken = b.Bool("isSecretRequiredForRefreshToken"),
        IsSecretRequiredForTokenExchange = b.Bool("isSecretRequiredForTokenExchange"),
        IsTokenExchangeEnabled = b.Bool("isTokenExchangeEnabled"),
        Label = b.Str("label"),
        ShouldRotateConsumerKey = b.Bool("shouldRotateConsumerKey"),
        ShouldRotateConsumerSecret = b.Bool("shouldRotateConsumerSecret"),
    };

    public static EcaOauthSettings OauthSettings(ElementBag b) => new()
    {
        Location = b.Location,
        AreAttributesIncludedInAssetToken = b.Bool("areAttributesIncludedInAssetToken"),
        AreCustomPermsIncludedInAssetToken = b.Bool("areCustomPermsIncludedInAssetToken"),
        AssetTokenAudiences = b.Str("assetTokenAudiences"),
        AssetTokenSigningCertificate = b.Str("assetTokenSigningCertificate"),
        AssetTokenValidity = b.Int("assetTokenValidity"),
        HasClientAssertionCertificate = b.SecretPresence("clientAssertionCertificate"),
        Scopes = b.CommaList("commaSeparatedOauthScopes"),
        CustomAttributes = b.Groups("customAttributes", Attribute),
        ExternalClientApplication = b.Str("externalClientApplication"),
        IsFirstPartyAppEnabled = b.Bool("isFirstPartyAppEnabled"),
        Label = b.Str("label"),
        OauthLink = b.Str("oauthLink"),
        SingleLogoutUrl = b.Str("singleLogoutUrl"),
        TrustedIpRanges = b.Groups("trustedIpRanges", g => new IpRange(g.Str("startIpAddress"), g.Str("endIpAddress"), g.Str("description"), g.Location)),
    };

    public static EcaOauthPolicies OauthPolicies(ElementBag b) => new()
    {
        Location = b.Location,
        ApexHandler = b.Str("apexHandler"),
        ClientCredentialsFlowUser = b.Str("clientCredentialsFlowUser"),
        CustomScopes = b.CommaList("commaSeparatedCustomScopes"),
        PermissionSets = b.CommaList("commaSeparatedPermissionSet"),
        Profiles = b.CommaList("commaSeparatedProfile"),
        CustomAttributes = b.Groups("customAttributes", Attribute),
        ExecuteHandlerAs = b.Str("executeHandlerAs"),
        ExternalClientApplication = b.Str("externalClientApplication"),
        GuestJwtTimeout = b.Int("guestJwtTimeout", 1, 1440),
        GuestJwtSessionTimeoutType = b.Enum("guestJwtSessionTimeoutType", MetadataSpellings.JwtSessionTimeout),
        IpRelaxationPolicyType = b.Enum("ipRelaxationPolicyType", MetadataSpellings.EcaIpRelaxation),
        IsClientCredentialsFlowEnabled = b.Bool("isClientCredentialsFlowEnabled"),
        IsGuestCodeCredFlowEnabled = b.Bool("isGuestCodeCredFlowEnabled"),
        IsNamedUserJwtEnabled = b.Bool("isNamedUserJwtEnabled"),
        IsTokenExchangeFlowEnabled = b.Bool("isTokenExchangeFlowEnabled"),
        Label = b.Str("label"),
        NamedUserJwtTimeout = b.Int("namedUserJwtTimeout", 1, 1440),
        NamedUserJwtSessionTimeoutType = b.Enum("namedUserJwtSessionTimeoutType", MetadataSpellings.JwtSessionTimeout),
        PermittedUsersPolicyType = b.Enum("permittedUsersPolicyType", MetadataSpellings.PermittedUsers),
        PolicyAction = b.Enum("policyAction", MetadataSpellings.PolicyAction),
        RefreshTokenPolicyType = b.Enum("refreshTokenPolicyType", MetadataSpellings.RefreshTokenPolicyType),
        RefreshTokenValidityPeriod = b.Int("refreshTokenValidityPeriod", 1, 1_000_000),
        RefreshTokenValidityUnit = b.Enum("refreshTokenValidityUnit", MetadataSpellings.ValidityUnit),
        RequiredSessionLevel = b.Enum("requiredSessionLevel", MetadataSpellings.SessionLevel),
        SessionTimeoutInMinutes = b.Int("sessionTimeoutInMinutes", 1, 525_600),
        SingleLogoutUrl = b.Str("singleLogoutUrl"),
        StartUrl = b.Str("startUrl"),
    };

    public static EcaPolicies Policies(ElementBag b) => new()
    {
        Location = b.Location,
        ExternalClientApplication = b.Str("externalClientApplication"),
        IsEnabled = b.Bool("isEnabled"),
        IsCanvasPluginEnabled = b.Bool("isCanvasPluginEnabled"),
        IsMobilePluginEnabled = b.Bool("isMobilePluginEnabled"),
        IsNotificationPluginEnabled = b.Bool("isNotificationPluginEnabled"),
        IsOauthPluginEnabled = b.Bool("isOauthPluginEnabled"),
        IsPushPluginEnabled = b.Bool("isPushPluginEnabled"),
        IsSamlPluginEnabled = b.Bool("isSamlPluginEnabled"),
        Label = b.Str("label"),
        StartPage = b.Enum("startPage", MetadataSpellings.StartPage),
        StartUrl = b.Str("startUrl"),
    };

    public static EcaOauthSecuritySettings OauthSecurity(ElementBag b) => new()
    {
        Location = b.Location,
        ExternalClientApplication = b.Str("externalClientApplication"),
        Label = b.Str("label"),
        Elements = b.Remaining(),
    };

    private static EcaIdTokenConfig IdToken(ElementBag b) => new()
    {
        Location = b.Location,
        IdTokenAudience = b.Str("idTokenAudience"),
        IdTokenIncludeAttributes = b.Bool("idTokenIncludeAttributes"),
        IdTokenIncludeCustomPerms = b.Bool("idTokenIncludeCustomPerms"),
        IdTokenIncludeStandardClaims = b.Bool("idTokenIncludeStandardClaims"),
        IdTokenValidityInMinutes = b.Int("idTokenValidityInMinutes", 1, 720),
    };

    private static CustomAttribute Attribute(ElementBag b) => new(b.Str("key"), b.Str("formula"), b.Location);
}
