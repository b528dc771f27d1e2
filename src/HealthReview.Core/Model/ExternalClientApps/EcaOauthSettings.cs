namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary><c>ExtlClntAppOauthSettings</c> (<c>.ecaOauth</c>): scopes, trusted IP ranges, custom attributes.</summary>
public sealed record EcaOauthSettings : MetadataComponent
{
    public Setting<bool> AreAttributesIncludedInAssetToken { get; init; } = Setting<bool>.Absent;
    public Setting<bool> AreCustomPermsIncludedInAssetToken { get; init; } = Setting<bool>.Absent;
    public Setting<string> AssetTokenAudiences { get; init; } = Setting<string>.Absent;
    public Setting<string> AssetTokenSigningCertificate { get; init; } = Setting<string>.Absent;
    public Setting<int> AssetTokenValidity { get; init; } = Setting<int>.Absent;

    /// <summary>Whether a client assertion certificate is configured. The PEM text is not kept.</summary>
    public Setting<bool> HasClientAssertionCertificate { get; init; } = Setting<bool>.Absent;

    /// <summary><c>commaSeparatedOauthScopes</c>, split on commas and trimmed.</summary>
    public Setting<IReadOnlyList<Located<string>>> Scopes { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;
    public IReadOnlyList<CustomAttribute> CustomAttributes { get; init; } = [];
    public Setting<string> ExternalClientApplication { get; init; } = Setting<string>.Absent;
    public Setting<bool> IsFirstPartyAppEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public Setting<string> OauthLink { get; init; } = Setting<string>.Absent;
    public Setting<string> SingleLogoutUrl { get; init; } = Setting<string>.Absent;
    public IReadOnlyList<IpRange> TrustedIpRanges { get; init; } = [];
}
