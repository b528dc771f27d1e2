namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary>
/// <c>ExtlClntAppGlobalOauthSettings</c> (<c>.ecaGlblOauth</c>): flows, PKCE, secrets, rotation, ID token. Often missing from
/// exports because Salesforce says it must not be put in source control.
/// </summary>
public sealed record EcaGlobalOauthSettings : MetadataComponent
{
    /// <summary>The callback URLs, one per line of <c>callbackUrl</c>.</summary>
    public Setting<IReadOnlyList<Located<string>>> CallbackUrls { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;

    /// <summary>Whether a certificate is configured (it enables the JWT bearer flow). The PEM text is not kept.</summary>
    public Setting<bool> HasCertificate { get; init; } = Setting<bool>.Absent;

    /// <summary>Whether a consumer key is present. The key is not kept.</summary>
    public Setting<bool> HasConsumerKey { get; init; } = Setting<bool>.Absent;

    /// <summary>Whether a non-empty consumer secret is in the export. The secret is never kept.</summary>
    public Setting<bool> HasConsumerSecret { get; init; } = Setting<bool>.Absent;
    public Setting<string> ExternalClientApplication { get; init; } = Setting<string>.Absent;
    public EcaIdTokenConfig? IdTokenConfig { get; init; }
    public Setting<bool> IsClientCredentialsFlowEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsCodeCredFlowEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsCodeCredPostOnly { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsConsumerSecretOptional { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsDeviceFlowEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsIntrospectAllTokens { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsNamedUserJwtEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsPkceRequired { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsRefreshTokenRotationEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsSecretRequiredForRefreshToken { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsSecretRequiredForTokenExchange { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsTokenExchangeEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public Setting<bool> ShouldRotateConsumerKey { get; init; } = Setting<bool>.Absent;
    public Setting<bool> ShouldRotateConsumerSecret { get; init; } = Setting<bool>.Absent;
}
