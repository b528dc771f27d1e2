namespace HealthReview.Core.Model.ConnectedApps;

/// <summary><c>ConnectedAppOauthAssetToken</c>: <c>oauthConfig/assetTokenConfig</c>.</summary>
public sealed record ConnectedAppAssetTokenConfig : MetadataComponent
{
    public Setting<string> AssetAudiences { get; init; } = Setting<string>.Absent;
    public Setting<bool> AssetIncludeAttributes { get; init; } = Setting<bool>.Absent;
    public Setting<bool> AssetIncludeCustomPerms { get; init; } = Setting<bool>.Absent;
    public Setting<string> AssetSigningCertId { get; init; } = Setting<string>.Absent;
    public Setting<int> AssetValidityPeriod { get; init; } = Setting<int>.Absent;
}
