using HealthReview.Core.Model.ExternalClientApps;

namespace HealthReview.Core.Model;

/// <summary>
/// An External Client App: up to six files joined by their <c>externalClientApplication</c> value. A component is null when
/// its file is not in the export, or when the export holds two of them for this app (then a problem says so and neither is
/// used, because guessing could turn a failure into a pass).
/// </summary>
public sealed record ExternalClientApp : OAuthClient
{
    public override AppKind Kind => AppKind.ExternalClientApp;

    public EcaHeader? Header { get; init; }

    public EcaGlobalOauthSettings? GlobalOauth { get; init; }

    public EcaOauthSettings? OauthSettings { get; init; }

    public EcaOauthPolicies? OauthPolicies { get; init; }

    public EcaPolicies? Policies { get; init; }

    public EcaOauthSecuritySettings? OauthSecurity { get; init; }
}
