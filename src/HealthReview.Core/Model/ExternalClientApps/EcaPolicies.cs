namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary><c>ExtlClntAppConfigurablePolicies</c> (<c>.ecaPlcy</c>): which plugins of the app are switched on.</summary>
public sealed record EcaPolicies : MetadataComponent
{
    public Setting<string> ExternalClientApplication { get; init; } = Setting<string>.Absent;
    public Setting<bool> IsEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsCanvasPluginEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsMobilePluginEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsNotificationPluginEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsOauthPluginEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsPushPluginEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsSamlPluginEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public Setting<EcaStartPage> StartPage { get; init; } = Setting<EcaStartPage>.Absent;
    public Setting<string> StartUrl { get; init; } = Setting<string>.Absent;
}
