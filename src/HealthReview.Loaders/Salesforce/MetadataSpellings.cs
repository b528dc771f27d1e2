using HealthReview.Core.Model;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Salesforce;

/// <summary>The documented spellings of every enum in the OAuth metadata types (Metadata API v66/v67).</summary>
public static class MetadataSpellings
{
    public static EnumSpelling<IpRelaxationPolicy> EcaIpRelaxation { get; } = new(
        ("Enforce", IpRelaxationPolicy.Enforce),
        ("Bypass", IpRelaxationPolicy.Bypass),
        ("Bypass_2factor", IpRelaxationPolicy.BypassTwoFactor),
        ("Enforce_RelaxRefresh", IpRelaxationPolicy.EnforceRelaxRefresh));

    public static EnumSpelling<IpRelaxationPolicy> ConnectedAppIpRelaxation { get; } = new(
        ("ENFORCE", IpRelaxationPolicy.Enforce),
        ("BYPASS_2FACTOR", IpRelaxationPolicy.BypassTwoFactor),
        ("BYPASS", IpRelaxationPolicy.Bypass),
        ("ENFORCE_RELAXREFRESH", IpRelaxationPolicy.EnforceRelaxRefresh));

    public static EnumSpelling<RefreshTokenPolicyKind> RefreshTokenPolicyType { get; } = new(
        ("Infinite", RefreshTokenPolicyKind.Infinite),
        ("SpecificInactivity", RefreshTokenPolicyKind.SpecificInactivity),
        ("SpecificLifetime", RefreshTokenPolicyKind.SpecificLifetime),
        ("Zero", RefreshTokenPolicyKind.Zero));

    public static EnumSpelling<TokenValidityUnit> ValidityUnit { get; } = new(
        ("Days", TokenValidityUnit.Days),
        ("Hours", TokenValidityUnit.Hours),
        ("Months", TokenValidityUnit.Months));

    public static EnumSpelling<PermittedUsersPolicy> PermittedUsers { get; } = new(
        ("AdminApprovedPreAuthorized", PermittedUsersPolicy.AdminApprovedPreAuthorized),
        ("AllSelfAuthorized", PermittedUsersPolicy.AllSelfAuthorized));

    public static EnumSpelling<SessionSecurityLevel> SessionLevel { get; } = new(
        ("HIGH_ASSURANCE", SessionSecurityLevel.HighAssurance),
        ("STANDARD", SessionSecurityLevel.Standard),
        ("LOW", SessionSecurityLevel.Low));

    public static EnumSpelling<SessionPolicyAction> PolicyAction { get; } = new(
        ("Block", SessionPolicyAction.Block),
        ("RaiseSessionLevel", SessionPolicyAction.RaiseSessionLevel));

    public static EnumSpelling<JwtSessionTimeoutType> JwtSessionTimeout { get; } = new(
        ("UserSession", JwtSessionTimeoutType.UserSession),
        ("Custom", JwtSessionTimeoutType.Custom));

    public static EnumSpelling<EcaDistributionState> DistributionState { get; } = new(
        ("AutoInstalled", EcaDistributionState.AutoInstalled),
        ("Local", EcaDistributionState.Local),
        ("Managed", EcaDistributionState.Managed),
        ("Packaged", EcaDistributionState.Packaged));

    public static EnumSpelling<EcaStartPage> StartPage { get; } = new(
        ("Custom", EcaStartPage.Custom),
        ("None", EcaStartPage.None),
        ("OAuth", EcaStartPage.OAuth));
}
