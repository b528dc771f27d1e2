namespace HealthReview.Engine.Tests.Support;

/// <summary>
/// The 22 control ids, copied by hand from the control table of shared/docs/controls.md. They are the independent
/// reference the catalogue is checked against, so they are deliberately not read from the rule files.
/// </summary>
public static class ControlIds
{
    public static readonly IReadOnlyList<string> All =
    [
        "IDTOKEN-LIFETIME",
        "IDTOKEN-AUDIENCE",
        "IDTOKEN-CLAIMS",
        "PKCE-REQUIRED",
        "REFRESH-ROTATION",
        "REFRESH-IDLE-TTL",
        "REFRESH-IP-ALLOWLIST",
        "IP-RELAXATION",
        "TRUSTED-IP-RANGES",
        "SECRET-WEBSERVER",
        "SECRET-REFRESH",
        "SECRET-IN-EXPORT",
        "SCOPE-LEAST-PRIVILEGE",
        "CALLBACK-URL-SECURE",
        "INTROSPECT-ALL-DISABLED",
        "CLIENT-CREDENTIALS-FLOW",
        "DEVICE-FLOW-DISABLED",
        "TOKEN-EXCHANGE-SECRET",
        "CODE-CREDENTIALS-POST-ONLY",
        "PERMITTED-USERS-ADMIN-APPROVED",
        "SESSION-TIMEOUT",
        "JWT-ACCESS-TOKEN-TIMEOUT",
    ];
}
