using System.Text;

namespace HealthReview.Synthetic;

/// <summary>The files around the app metadata: org settings, sfdx-project.json and package.xml manifests.</summary>
internal static class ProjectFiles
{
    public const string ApiVersion = "66.0";

    public static GeneratedFile OrgSettings(DeterministicRandom random)
    {
        var xml = new MetadataXml("ExternalClientAppSettings")
            .Element("enableClientSecretInRestApiAccess", random.Chance(0.2))
            .Element("enableConsumerSecretApiAccess", random.Chance(0.3))
            .Element("enableExternalClientApps", true)
            .Element("enablePackageEcaOauthFromDevOrg", false);
        return new GeneratedFile(MetadataKind.Settings, "ExternalClientApp", xml.Complete());
    }

    public static string SfdxProjectJson() =>
        "{\n" +
        "  \"packageDirectories\": [\n" +
        "    {\n" +
        "      \"path\": \"force-app\",\n" +
        "      \"default\": true\n" +
        "    }\n" +
        "  ],\n" +
        "  \"name\": \"synthetic-org\",\n" +
        "  \"namespace\": \"\",\n" +
        "  \"sfdcLoginUrl\": \"https://login.salesforce.com\",\n" +
        $"  \"sourceApiVersion\": \"{ApiVersion}\"\n" +
        "}\n";

    /// <summary>A retrieve manifest: wildcards for the app types, the ExternalClientApp settings by name.</summary>
    public static string WildcardManifest()
    {
        var members = MetadataKind.All.ToDictionary(
            kind => kind.TypeName,
            kind => (IReadOnlyList<string>)[kind == MetadataKind.Settings ? "ExternalClientApp" : "*"],
            StringComparer.Ordinal);
        return Manifest(members);
    }

    /// <summary>A package.xml as a metadata-format retrieve writes it: every member listed, types and members sorted.</summary>
    public static string Manifest(IReadOnlyDictionary<string, IReadOnlyList<string>> membersByType)
    {
        var text = new StringBuilder(1024);
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append("<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
        foreach (var type in membersByType.Keys.Order(StringComparer.Ordinal))
        {
            text.Append("    <types>\n");
            foreach (var member in membersByType[type].Order(StringComparer.Ordinal))
            {
                text.Append("        <members>").Append(member).Append("</members>\n");
            }

            text.Append("        <name>").Append(type).Append("</name>\n").Append("    </types>\n");
        }

        text.Append("    <version>").Append(ApiVersion).Append("</version>\n").Append("</Package>\n");
        return text.ToString();
    }
}
