namespace HealthReview.Core.Model.ConnectedApps;

/// <summary>The content of one <c>.connectedApp</c> file.</summary>
public sealed record ConnectedAppDefinition : MetadataComponent
{
    public IReadOnlyList<CustomAttribute> Attributes { get; init; } = [];

    /// <summary>Canvas settings are not OAuth controls; only their presence is kept.</summary>
    public Setting<bool> HasCanvasConfig { get; init; } = Setting<bool>.Absent;
    public Setting<string> ContactEmail { get; init; } = Setting<string>.Absent;
    public Setting<string> ContactPhone { get; init; } = Setting<string>.Absent;
    public Setting<string> Description { get; init; } = Setting<string>.Absent;
    public Setting<string> IconUrl { get; init; } = Setting<string>.Absent;
    public Setting<string> InfoUrl { get; init; } = Setting<string>.Absent;
    public IReadOnlyList<IpRange> IpRanges { get; init; } = [];
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public Setting<string> LogoUrl { get; init; } = Setting<string>.Absent;
    public Setting<string> MobileStartUrl { get; init; } = Setting<string>.Absent;
    public ConnectedAppOauthConfig? OauthConfig { get; init; }
    public ConnectedAppOauthPolicy? OauthPolicy { get; init; }
    public IReadOnlyList<Located<string>> PermissionSetNames { get; init; } = [];
    public Setting<string> Plugin { get; init; } = Setting<string>.Absent;
    public Setting<string> PluginExecutionUser { get; init; } = Setting<string>.Absent;
    public IReadOnlyList<Located<string>> ProfileNames { get; init; } = [];

    /// <summary>SAML settings are not OAuth controls; only their presence is kept (they may hold certificates).</summary>
    public Setting<bool> HasSamlConfig { get; init; } = Setting<bool>.Absent;
    public ConnectedAppSessionPolicy? SessionPolicy { get; init; }
    public Setting<string> StartUrl { get; init; } = Setting<string>.Absent;
}
