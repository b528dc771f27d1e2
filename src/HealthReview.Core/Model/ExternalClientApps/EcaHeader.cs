namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary><c>ExternalClientApplication</c> (<c>.eca</c>): the app's header.</summary>
public sealed record EcaHeader : MetadataComponent
{
    public Setting<string> ContactEmail { get; init; } = Setting<string>.Absent;
    public Setting<string> ContactPhone { get; init; } = Setting<string>.Absent;
    public Setting<string> Description { get; init; } = Setting<string>.Absent;
    public Setting<EcaDistributionState> DistributionState { get; init; } = Setting<EcaDistributionState>.Absent;
    public Setting<string> IconUrl { get; init; } = Setting<string>.Absent;
    public Setting<string> InfoUrl { get; init; } = Setting<string>.Absent;
    public Setting<bool> IsProtected { get; init; } = Setting<bool>.Absent;
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public Setting<string> LogoUrl { get; init; } = Setting<string>.Absent;
    public Setting<string> ManagedType { get; init; } = Setting<string>.Absent;
    public Setting<string> OrgScopedExternalApp { get; init; } = Setting<string>.Absent;
}
