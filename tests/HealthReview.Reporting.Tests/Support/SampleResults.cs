using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Tests.Support;

/// <summary>Ready-made results: a realistic scan with every status, a waiver, a baseline and findings without a location.</summary>
public static class SampleResults
{
    public const string MobileFile = "force-app/main/default/connectedApps/Acme_Mobile_App.connectedApp-meta.xml";
    public const string PortalHeader = "force-app/main/default/externalClientApps/Acme_Customer_Portal.eca-meta.xml";
    public const string PortalGlobal = "force-app/main/default/extlClntAppGlobalOauthSets/Acme_Customer_Portal_glbloauth.ecaGlblOauth-meta.xml";
    public const string FieldHeader = "force-app/main/default/externalClientApps/Field_Service_Mobile.eca-meta.xml";
    public const string FieldGlobal = "force-app/main/default/extlClntAppGlobalOauthSets/Field Service (Mobile)_glbloauth.ecaGlblOauth-meta.xml";
    public const string OrgSettingsFile = "force-app/main/default/settings/ExternalClientApp.settings-meta.xml";

    public static ScanResultBuilder RealisticBuilder() => new ScanResultBuilder()
        .App("Acme_Customer_Portal", AppKind.ExternalClientApp, PortalHeader, PortalGlobal)
        .App("Acme_Mobile_App", AppKind.ConnectedApp, MobileFile)
        .App("Field_Service_Mobile", AppKind.ExternalClientApp, FieldHeader, FieldGlobal)
        .OrgSettings(OrgSettingsFile)
        .InputError("force-app/main/default/connectedApps/Broken.connectedApp-meta.xml", "the XML is malformed: expected </label> (line 7, column 3)", 7)
        .Rule("PKCE-REQUIRED", "PKCE is required", 7.4)
        .Rule("DEVICE-FLOW-DISABLED", "Device flow is off", 5.3, AppKind.ExternalClientApp)
        .Rule("REFRESH-IP-ALLOWLIST", "Refresh tokens are bound to an IP allowlist", 3.1)
        .Rule("CONSUMER-SECRET-API-ACCESS", "Consumer secrets are not readable through the API", 9.1, AppKind.Org)
        .Finding(ScanResultBuilder.FindingOf("PKCE-REQUIRED", "Acme_Mobile_App", AppKind.ConnectedApp, FindingStatus.Fail, 8.1, MobileFile, 12) with { Baseline = BaselineState.New })
        .Finding(ScanResultBuilder.FindingOf("PKCE-REQUIRED", "Acme_Customer_Portal", AppKind.ExternalClientApp, FindingStatus.Pass, 7.4, PortalGlobal, 5))
        .Finding(ScanResultBuilder.FindingOf("PKCE-REQUIRED", "Field_Service_Mobile", AppKind.ExternalClientApp, FindingStatus.NotApplicable, 7.4))
        .Finding(ScanResultBuilder.FindingOf("DEVICE-FLOW-DISABLED", "Field_Service_Mobile", AppKind.ExternalClientApp, FindingStatus.Waived, 5.3, FieldGlobal, 9) with
        {
            Baseline = BaselineState.Unchanged,
            Acceptance = new AcceptanceInfo("Kiosk devices without a browser", "secops@example.com", new DateOnly(2027, 3, 31), false),
        })
        .Finding(ScanResultBuilder.FindingOf("DEVICE-FLOW-DISABLED", "Acme_Customer_Portal", AppKind.ExternalClientApp, FindingStatus.Fail, 5.9, PortalGlobal, 14) with
        {
            Baseline = BaselineState.Unchanged,
            Acceptance = new AcceptanceInfo("Legacy TV app", "tv-team@example.com", new DateOnly(2026, 1, 31), true),
        })
        .Finding(ScanResultBuilder.FindingOf("REFRESH-IP-ALLOWLIST", "Acme_Customer_Portal", AppKind.ExternalClientApp, FindingStatus.NotEvaluated, 3.1))
        .Finding(ScanResultBuilder.FindingOf("REFRESH-IP-ALLOWLIST", "Acme_Mobile_App", AppKind.ConnectedApp, FindingStatus.Fail, 3.1) with { Baseline = BaselineState.Unchanged })
        .Finding(ScanResultBuilder.FindingOf("CONSUMER-SECRET-API-ACCESS", "Org", AppKind.Org, FindingStatus.Fail, 9.1) with { Baseline = BaselineState.New })
        .Gate(CvssSeverity.High)
        .Baseline(72.5, -4.2, new ResolvedFinding("PKCE-REQUIRED", "Acme_Customer_Portal", AppKind.ExternalClientApp, CvssSeverity.High, 8.1, "Not met: PKCE is required.", FindingStatus.Pass));

    public static ScanResult Realistic() => RealisticBuilder().Build();
}
