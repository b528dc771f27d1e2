namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary><c>ExternalAppIdTokenConfig</c> inside the global OAuth settings.</summary>
public sealed record EcaIdTokenConfig : MetadataComponent
{
    public Setting<string> IdTokenAudience { get; init; } = Setting<string>.Absent;
    public Setting<bool> IdTokenIncludeAttributes { get; init; } = Setting<bool>.Absent;

    /// <summary>Not documented for External Client Apps (only for Connected Apps); read if a future export carries it.</summary>
    public Setting<bool> IdTokenIncludeCustomPerms { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IdTokenIncludeStandardClaims { get; init; } = Setting<bool>.Absent;
    public Setting<int> IdTokenValidityInMinutes { get; init; } = Setting<int>.Absent;
}
