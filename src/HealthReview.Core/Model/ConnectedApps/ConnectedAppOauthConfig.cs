namespace HealthReview.Core.Model.ConnectedApps;

/// <summary><c>ConnectedAppOauthConfig</c>: the app's <c>oauthConfig</c> element.</summary>
public sealed record ConnectedAppOauthConfig : MetadataComponent
{
    public ConnectedAppAssetTokenConfig? AssetTokenConfig { get; init; }

    /// <summary>The callback URLs: <c>callbackUrl</c> holds several, separated by line breaks.</summary>
    public Setting<IReadOnlyList<Located<string>>> CallbackUrls { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;

    /// <summary>Whether a certificate is configured (JWT bearer flow). The PEM text is not kept.</summary>
    public Setting<bool> HasCertificate { get; init; } = Setting<bool>.Absent;

    /// <summary>Whether a consumer key is present. The key is not kept.</summary>
    public Setting<bool> HasConsumerKey { get; init; } = Setting<bool>.Absent;

    /// <summary>Whether a non-empty consumer secret is in the export (Salesforce should never return it). Never kept.</summary>
    public Setting<bool> HasConsumerSecret { get; init; } = Setting<bool>.Absent;
    public ConnectedAppIdTokenConfig? IdTokenConfig { get; init; }
    public Setting<bool> IsAdminApproved { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsClientCredentialEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsCodeCredentialEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsCodeCredentialPostOnly { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsConsumerSecretOptional { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsIntrospectAllTokens { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsNamedUserJwtEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsPkceRequired { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsRefreshTokenRotationEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsSecretRequiredForRefreshToken { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsSecretRequiredForTokenExchange { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsTokenExchangeEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<string> OauthClientCredentialUser { get; init; } = Setting<string>.Absent;

    /// <summary>The repeated <c>scopes</c> elements; absent when there are none.</summary>
    public Setting<IReadOnlyList<Located<string>>> Scopes { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;
    public Setting<string> SingleLogoutUrl { get; init; } = Setting<string>.Absent;
}
