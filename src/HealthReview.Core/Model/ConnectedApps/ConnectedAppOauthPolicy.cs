namespace HealthReview.Core.Model.ConnectedApps;

/// <summary><c>ConnectedAppOauthPolicy</c>: the app's <c>oauthPolicy</c> element.</summary>
public sealed record ConnectedAppOauthPolicy : MetadataComponent
{
    public Setting<IpRelaxationPolicy> IpRelaxation { get; init; } = Setting<IpRelaxationPolicy>.Absent;

    /// <summary>Parsed from <c>zero</c>, <c>infinite</c>, <c>specific_lifetime:N:UNIT</c> or <c>specific_inactivity:N:UNIT</c>.</summary>
    public Setting<RefreshTokenPolicy> RefreshTokenPolicy { get; init; } = Setting<RefreshTokenPolicy>.Absent;
    public Setting<string> SingleLogoutUrl { get; init; } = Setting<string>.Absent;
}
