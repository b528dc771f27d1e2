namespace HealthReview.Synthetic;

/// <summary>Word lists and documented values the generator draws from (values from salesforce-metadata.md).</summary>
internal static class Vocabulary
{
    public static readonly string[] Areas =
    [
        "Sales", "Service", "Billing", "Partner", "Customer", "Field", "Marketing", "Data", "Finance", "Support",
        "Analytics", "Mobile", "Commerce", "Loyalty", "Warehouse", "People", "Legal", "Procurement", "Shipping", "Quote",
    ];

    public static readonly string[] Kinds =
    [
        "Portal", "Sync", "Connector", "App", "Integration", "Gateway", "Dashboard", "Bot", "Importer", "Exporter",
        "Agent", "Api", "Bridge", "Hub", "Tool", "Postman", "CI", "Jenkins", "Tableau", "Mule",
    ];

    public static readonly string[] Teams =
    [
        "integration-platform", "identity-team", "crm-admins", "release-engineering", "mobile-team", "data-platform",
        "partner-integrations", "it-ops", "security-office",
    ];

    /// <summary>ECA scope tokens in the order the Metadata API guide lists them; real files keep this order.</summary>
    public static readonly string[] EcaScopeOrder =
    [
        "Basic", "Api", "Web", "Full", "Chatter", "CustomApplications", "RefreshToken", "OpenID", "Profile", "Email",
        "Address", "Phone", "OfflineAccess", "CustomPermissions", "Wave", "Eclair", "Pardot", "Lightning", "Content",
        "CDPIngest", "CDPProfile", "CDPQuery", "Chatbot", "CDPSegment", "CDPIdentityResolution",
        "CDPCalculatedInsight", "SFApiPlatform", "Interaction", "EinsteinGPT", "PwdlessLogin", "ForgotPassword",
        "UserRegistration", "MCP", "SCRT",
    ];

    /// <summary>Extra ECA scopes an app sometimes also asks for.</summary>
    public static readonly string[] EcaExtraScopes =
    [
        "Chatter", "CustomPermissions", "Wave", "Lightning", "Content", "CDPIngest", "CDPQuery", "Pardot", "MCP",
        "SFApiPlatform", "Profile", "Email", "EinsteinGPT",
    ];

    /// <summary>
    /// Connected App scopes as a retrieve returns them: synonyms collapse (Basic covers Address/Email/Phone/Profile,
    /// RefreshToken covers OfflineAccess), so those never appear.
    /// </summary>
    public static readonly string[] CaScopeOrder =
    [
        "Basic", "Api", "Web", "Full", "Chatter", "CustomApplications", "RefreshToken", "OpenID", "CustomPermissions",
        "Wave", "Eclair", "Pardot", "Lightning", "Content", "CDPIngest", "Chatbot",
    ];

    public static readonly string[] CaExtraScopes =
        ["Chatter", "CustomPermissions", "Wave", "Lightning", "Content", "CDPIngest", "Pardot", "CustomApplications"];

    public static readonly string[] EcaIpRelaxationBad = ["Bypass", "Bypass_2factor", "Enforce_RelaxRefresh"];

    public static readonly string[] CaIpRelaxationBad = ["BYPASS", "BYPASS_2FACTOR", "ENFORCE_RELAXREFRESH"];

    /// <summary>ECA refresh policies: type, period, unit (period and unit null for Infinite and Zero).</summary>
    public static readonly (string Type, int? Period, string? Unit)[] EcaRefreshGood =
    [
        ("SpecificInactivity", 30, "Days"), ("SpecificInactivity", 7, "Days"), ("SpecificLifetime", 4, "Hours"),
        ("SpecificLifetime", 1, "Days"), ("Zero", null, null),
    ];

    public static readonly (string Type, int? Period, string? Unit)[] EcaRefreshBad =
    [
        ("Infinite", null, null), ("SpecificLifetime", 365, "Days"), ("SpecificLifetime", 365, "Days"),
        ("SpecificInactivity", 6, "Months"), ("SpecificLifetime", 90, "Days"),
    ];

    public static readonly string[] CaRefreshGood =
    [
        "specific_inactivity:30:DAYS", "specific_inactivity:7:DAYS", "specific_lifetime:4:HOURS",
        "specific_lifetime:1:DAYS", "zero",
    ];

    public static readonly string[] CaRefreshBad =
        ["infinite", "infinite", "infinite", "specific_lifetime:12:MONTHS", "specific_inactivity:3:MONTHS"];

    public static readonly int[] SessionTimeoutGood = [15, 30, 60];

    public static readonly int[] SessionTimeoutBad = [120, 240, 480, 720];

    public static readonly int[] IdTokenValidityBad = [5, 15, 60, 720];

    /// <summary>Documented JWT timeouts (minutes): 1–30 are short, the rest long.</summary>
    public static readonly int[] JwtTimeoutGood = [1, 5, 10, 15, 30];

    public static readonly int[] JwtTimeoutBad = [60, 90, 120, 240, 480, 720];

    public static readonly string[] Profiles =
    [
        "System Administrator", "Standard User", "Integration User", "API Only User", "Sales Rep", "Service Agent",
        "Partner Community User", "Read Only", "Marketing User", "Field Technician",
    ];
}
