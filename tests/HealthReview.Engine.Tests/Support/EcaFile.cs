namespace HealthReview.Engine.Tests.Support;

/// <summary>The metadata files of one External Client App (salesforce-metadata.md §0).</summary>
public enum EcaFile
{
    /// <summary><c>externalClientApps/X.eca-meta.xml</c> (ExternalClientApplication).</summary>
    Header,

    /// <summary><c>extlClntAppGlobalOauthSets/X.ecaGlblOauth-meta.xml</c> (ExtlClntAppGlobalOauthSettings).</summary>
    GlobalOauth,

    /// <summary><c>extlClntAppOauthSettings/X.ecaOauth-meta.xml</c> (ExtlClntAppOauthSettings).</summary>
    OauthSettings,

    /// <summary><c>extlClntAppOauthPolicies/X.ecaOauthPlcy-meta.xml</c> (ExtlClntAppOauthConfigurablePolicies).</summary>
    OauthPolicies,

    /// <summary><c>extlClntAppPolicies/X.ecaPlcy-meta.xml</c> (ExtlClntAppConfigurablePolicies).</summary>
    Policies,

    /// <summary><c>extlClntAppOauthSecuritySettings/X.ecaOauthSecurity-meta.xml</c> (ExtlClntAppOauthSecuritySettings, v67).</summary>
    OauthSecurity,
}
