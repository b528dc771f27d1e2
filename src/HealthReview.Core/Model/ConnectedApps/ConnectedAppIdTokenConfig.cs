namespace HealthReview.Core.Model.ConnectedApps;

/// <summary><c>ConnectedAppOauthIdToken</c>: <c>oauthConfig/idTokenConfig</c>.</summary>
public sealed record ConnectedAppIdTokenConfig : MetadataComponent
{
    public Setting<string> IdTokenAudience { get; init; } = Setting<string>.Absent;
    public Setting<bool> IdTokenIncludeAttributes { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IdTokenIncludeCustomPerms { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IdTokenIncludeStandardClaims { get; init; } = Setting<bool>.Absent;
    public Setting<int> IdTokenValidity { get; init; } = Setting<int>.Absent;
}
