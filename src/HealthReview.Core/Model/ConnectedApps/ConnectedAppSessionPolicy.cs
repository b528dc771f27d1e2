namespace HealthReview.Core.Model.ConnectedApps;

/// <summary><c>ConnectedAppSessionPolicy</c>: the app's <c>sessionPolicy</c> element.</summary>
public sealed record ConnectedAppSessionPolicy : MetadataComponent
{
    public Setting<SessionPolicyAction> PolicyAction { get; init; } = Setting<SessionPolicyAction>.Absent;
    public Setting<SessionSecurityLevel> SessionLevel { get; init; } = Setting<SessionSecurityLevel>.Absent;

    /// <summary>Minutes. When unset, the profile's and then the org's session timeout applies.</summary>
    public Setting<int> SessionTimeout { get; init; } = Setting<int>.Absent;
}
