namespace HealthReview.Loaders.Salesforce;

/// <summary>What a file means to HealthReview, decided from its name.</summary>
public enum FileRole
{
    EcaHeader,
    EcaGlobalOauth,
    EcaOauthSettings,
    EcaOauthPolicies,
    EcaPolicies,
    EcaOauthSecurity,
    ConnectedApp,
    OrgSettings,

    /// <summary>Other External Client App plugin types (canvas, push, SAML…): not OAuth controls, but scanned for private keys.</summary>
    EcaPlugin,

    /// <summary>package.xml.</summary>
    Manifest,

    /// <summary>sfdx-project.json.</summary>
    SfdxProject,

    /// <summary>Any other metadata file (Apex classes, other settings…): listed, not read.</summary>
    OtherMetadata,

    /// <summary>A .zip found inside a folder: only zips given as a PATH are read, to avoid scanning an export twice.</summary>
    NestedArchive,
}
