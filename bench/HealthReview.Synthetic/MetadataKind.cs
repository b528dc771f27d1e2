namespace HealthReview.Synthetic;

/// <summary>A metadata type as the Salesforce CLI registry names it: type, folder and file suffix.</summary>
internal sealed record MetadataKind(string TypeName, string Folder, string Suffix)
{
    public static readonly MetadataKind ConnectedApp = new("ConnectedApp", "connectedApps", "connectedApp");
    public static readonly MetadataKind ExternalClientApplication = new("ExternalClientApplication", "externalClientApps", "eca");
    public static readonly MetadataKind GlobalOauth = new("ExtlClntAppGlobalOauthSettings", "extlClntAppGlobalOauthSets", "ecaGlblOauth");
    public static readonly MetadataKind OauthSettings = new("ExtlClntAppOauthSettings", "extlClntAppOauthSettings", "ecaOauth");
    public static readonly MetadataKind OauthPolicies = new("ExtlClntAppOauthConfigurablePolicies", "extlClntAppOauthPolicies", "ecaOauthPlcy");
    public static readonly MetadataKind Policies = new("ExtlClntAppConfigurablePolicies", "extlClntAppPolicies", "ecaPlcy");
    public static readonly MetadataKind Settings = new("Settings", "settings", "settings");

    public static IReadOnlyList<MetadataKind> All { get; } =
        [ConnectedApp, ExternalClientApplication, GlobalOauth, OauthSettings, OauthPolicies, Policies, Settings];
}
