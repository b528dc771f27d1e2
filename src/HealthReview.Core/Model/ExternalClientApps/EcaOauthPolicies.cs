namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary><c>ExtlClntAppOauthConfigurablePolicies</c> (<c>.ecaOauthPlcy</c>): the admin's policies for the app.</summary>
public sealed record EcaOauthPolicies : MetadataComponent
{
    public Setting<string> ApexHandler { get; init; } = Setting<string>.Absent;
    public Setting<string> ClientCredentialsFlowUser { get; init; } = Setting<string>.Absent;

    /// <summary><c>commaSeparatedCustomScopes</c>, split and trimmed.</summary>
    public Setting<IReadOnlyList<Located<string>>> CustomScopes { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;

    /// <summary><c>commaSeparatedPermissionSet</c>, split and trimmed.</summary>
    public Setting<IReadOnlyList<Located<string>>> PermissionSets { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;

    /// <summary><c>commaSeparatedProfile</c>, split and trimmed.</summary>
    public Setting<IReadOnlyList<Located<string>>> Profiles { get; init; } = Setting<IReadOnlyList<Located<string>>>.Absent;
    public IReadOnlyList<CustomAttribute> CustomAttributes { get; init; } = [];
    public Setting<string> ExecuteHandlerAs { get; init; } = Setting<string>.Absent;
    public Setting<string> ExternalClientApplication { get; init; } = Setting<string>.Absent;
    public Setting<int> GuestJwtTimeout { get; init; } = Setting<int>.Absent;
    public Setting<JwtSessionTimeoutType> GuestJwtSessionTimeoutType { get; init; } = Setting<JwtSessionTimeoutType>.Absent;
    public Setting<IpRelaxationPolicy> IpRelaxationPolicyType { get; init; } = Setting<IpRelaxationPolicy>.Absent;
    public Setting<bool> IsClientCredentialsFlowEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsGuestCodeCredFlowEnabled { get; init; } = Setting<bool>.Absent;

    /// <summary>Deprecated here (moved to the global OAuth settings) but still written by some API versions.</summary>
    public Setting<bool> IsNamedUserJwtEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<bool> IsTokenExchangeFlowEnabled { get; init; } = Setting<bool>.Absent;
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public Setting<int> NamedUserJwtTimeout { get; init; } = Setting<int>.Absent;
    public Setting<JwtSessionTimeoutType> NamedUserJwtSessionTimeoutType { get; init; } = Setting<JwtSessionTimeoutType>.Absent;
    public Setting<PermittedUsersPolicy> PermittedUsersPolicyType { get; init; } = Setting<PermittedUsersPolicy>.Absent;
    public Setting<SessionPolicyAction> PolicyAction { get; init; } = Setting<SessionPolicyAction>.Absent;
    public Setting<RefreshTokenPolicyKind> RefreshTokenPolicyType { get; init; } = Setting<RefreshTokenPolicyKind>.Absent;
    public Setting<int> RefreshTokenValidityPeriod { get; init; } = Setting<int>.Absent;
    public Setting<TokenValidityUnit> RefreshTokenValidityUnit { get; init; } = Setting<TokenValidityUnit>.Absent;
    public Setting<SessionSecurityLevel> RequiredSessionLevel { get; init; } = Setting<SessionSecurityLevel>.Absent;
    public Setting<int> SessionTimeoutInMinutes { get; init; } = Setting<int>.Absent;
    public Setting<string> SingleLogoutUrl { get; init; } = Setting<string>.Absent;
    public Setting<string> StartUrl { get; init; } = Setting<string>.Absent;
}
