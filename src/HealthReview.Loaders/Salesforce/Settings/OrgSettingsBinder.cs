using HealthReview.Core.Model;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Salesforce.Settings;

/// <summary><c>ExternalClientAppSettings</c> → <see cref="ExternalClientAppOrgSettings"/>.</summary>
public static class OrgSettingsBinder
{
    public static ExternalClientAppOrgSettings Bind(ElementBag b) => new()
    {
        Location = b.Location,
        EnableExternalClientApps = b.Bool("enableExternalClientApps"),
        EnableConsumerSecretApiAccess = b.Bool("enableConsumerSecretApiAccess"),
        EnableClientSecretInRestApiAccess = b.Bool("enableClientSecretInRestApiAccess"),
        EnablePackageEcaOauthFromDevOrg = b.Bool("enablePackageEcaOauthFromDevOrg"),
    };
}
