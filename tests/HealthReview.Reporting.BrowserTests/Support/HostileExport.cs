using System.Security;
using System.Text;

namespace HealthReview.Reporting.BrowserTests.Support;

/// <summary>
/// An SFDX export written at test time (some of its names are awkward to keep in a repository): a Connected App whose
/// label, description and callback URL try to run script, and an External Client App named <c>Tom&amp;Jerry"'</c>.
/// </summary>
public static class HostileExport
{
    public const string Label = "<img src=x onerror=alert(1)>";
    public const string Description = "<script>alert(2)</script></td></tr></table><img src=x onerror=alert(3)>";
    public const string CallbackUrl = "javascript:alert(1)";
    public const string EcaName = "Tom&Jerry\"'";
    public const string EcaLabel = "\"><svg onload=alert(4)>";
    public const string SecretMarker = "HR-SECRET-MARKER-9f2c4e";

    public static string Create(string root)
    {
        var folder = Path.Combine(root, "force-app", "main", "default");
        Write(Path.Combine(folder, "connectedApps", "Hostile_App.connectedApp-meta.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>{X(Label)}@example.com</contactEmail>
                <description>{X(Description)}</description>
                <label>{X(Label)}</label>
                <oauthConfig>
                    <callbackUrl>{X(CallbackUrl)}</callbackUrl>
                    <consumerKey>{X(Label)}</consumerKey>
                    <consumerSecret>{SecretMarker}</consumerSecret>
                    <isAdminApproved>false</isAdminApproved>
                    <isConsumerSecretOptional>false</isConsumerSecretOptional>
                    <scopes>Full</scopes>
                    <scopes>RefreshToken</scopes>
                </oauthConfig>
                <oauthPolicy>
                    <ipRelaxation>{X(Label)}</ipRelaxation>
                    <refreshTokenPolicy>infinite</refreshTokenPolicy>
                </oauthPolicy>
            </ConnectedApp>
            """);
        Write(Path.Combine(folder, "externalClientApps", EcaName + ".eca-meta.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExternalClientApplication xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>tom@example.com</contactEmail>
                <description>{X(Description)}</description>
                <distributionState>Local</distributionState>
                <isProtected>false</isProtected>
                <label>{X(EcaLabel)}</label>
            </ExternalClientApplication>
            """);
        Write(Path.Combine(folder, "extlClntAppGlobalOauthSets", "TomJerry_glbloauth.ecaGlblOauth-meta.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <callbackUrl>{X(CallbackUrl)}</callbackUrl>
                <externalClientApplication>{X(EcaName)}</externalClientApplication>
                <isConsumerSecretOptional>true</isConsumerSecretOptional>
                <isPkceRequired>false</isPkceRequired>
                <label>{X(EcaLabel)}</label>
            </ExtlClntAppGlobalOauthSettings>
            """);
        Write(Path.Combine(folder, "connectedApps", "Broken.connectedApp-meta.xml"), $"<ConnectedApp><label>{X(Label)}</label>");
        return root;
    }

    private static string X(string text) => SecurityElement.Escape(text);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text + "\n", new UTF8Encoding(false));
    }
}
