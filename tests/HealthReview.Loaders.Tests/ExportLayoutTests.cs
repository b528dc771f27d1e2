using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Tests.Support;

namespace HealthReview.Loaders.Tests;

/// <summary>
/// The Acme sample in both layouts (SFDX source format and MDAPI metadata format) loads into the same apps, and an SFDX
/// project's package directories decide what is read.
/// </summary>
public class ExportLayoutTests
{
    private const string Sfdx = "samples/acme-org";
    private const string Mdapi = "samples/acme-org-mdapi";

    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [TestCase(Sfdx)]
    [TestCase(Mdapi)]
    public void The_Acme_sample_holds_the_seven_apps_of_its_README(string sample)
    {
        var snapshot = Load.Repository(sample);

        snapshot.Apps.Select(a => (a.Name, a.Kind)).Should().Equal(
            ("Acme_CI_Deploy", AppKind.ConnectedApp),
            ("Acme_Customer_Portal", AppKind.ExternalClientApp),
            ("Acme_Data_Sync", AppKind.ExternalClientApp),
            ("Acme_Mobile_App", AppKind.ConnectedApp),
            ("Field_Service_Mobile", AppKind.ExternalClientApp),
            ("Partner_Portal", AppKind.ExternalClientApp),
            ("Postman_Legacy", AppKind.ConnectedApp));
        snapshot.Apps.Select(a => a.Files.Count).Should().Equal(1, 5, 5, 1, 3, 5, 1);
        snapshot.Apps.Should().OnlyContain(a => a.Problems.Count == 0);
        snapshot.OrgSettings!.EnableConsumerSecretApiAccess.Value.Should().BeTrue();
        snapshot.OrgSettings.EnableExternalClientApps.Value.Should().BeTrue();
        snapshot.Diagnostics.Should().BeEmpty();
        snapshot.HasInputErrors.Should().BeFalse();
    }

    [Test]
    public void Both_layouts_give_the_same_key_values_for_every_app()
    {
        var sfdx = Load.Repository(Sfdx);
        var mdapi = Load.Repository(Mdapi);

        var sfdxKeys = sfdx.Apps.Select(KeyValues).ToList();
        sfdxKeys.Should().Equal(mdapi.Apps.Select(KeyValues));
        sfdxKeys.Should().Contain("Partner_Portal|ExternalClientApp|pkce=False@18|rotation=False@19|refresh=Infinite@10|ip=Bypass@4|scopes=Api,Full,RefreshToken,OpenID|users=AllSelfAuthorized");
        sfdxKeys.Should().Contain("Acme_Mobile_App|ConnectedApp|pkce=True@30|rotation=True@31|refresh=specific_inactivity:30:DAYS@41|ip=Enforce@40|scopes=Api,RefreshToken,OpenID|admin=True@23");
    }

    [Test]
    public void Both_layouts_give_identical_snapshots_apart_from_the_file_paths()
    {
        var sfdx = Load.Repository(Sfdx);
        var mdapi = Load.Repository(Mdapi);

        var sfdxApps = Normalised(SnapshotText.OfApps(sfdx));
        sfdxApps.Should().Contain("IsPkceRequired").And.Contain("Acme_Data_Sync_glbloauth", "the comparison covers every setting");
        Normalised(SnapshotText.OfApps(mdapi)).Should().Be(sfdxApps);
        mdapi.Apps.SelectMany(a => a.Files).Should().OnlyContain(f => f.StartsWith("unpackaged/", StringComparison.Ordinal) && !f.EndsWith("-meta.xml", StringComparison.Ordinal));
        sfdx.Apps.SelectMany(a => a.Files).Should().OnlyContain(f => f.StartsWith("force-app/main/default/", StringComparison.Ordinal) && f.EndsWith("-meta.xml", StringComparison.Ordinal));
    }

    [Test]
    public void The_MDAPI_package_xml_is_listed_as_an_ignored_manifest()
    {
        var manifest = Load.Repository(Mdapi).Input("unpackaged/package.xml");

        manifest.Status.Should().Be(InputStatus.Ignored);
        manifest.MetadataType.Should().Be("Package");
        manifest.Message.Should().Contain("manifest");
        manifest.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Test]
    public void An_External_Client_App_whose_files_have_arbitrary_names_is_joined_by_its_externalClientApplication_values()
    {
        var app = Load.Repository(Sfdx).Eca("Partner_Portal");

        app.Files.Select(Path.GetFileName).Should().BeEquivalentTo(
            "Partner_Portal.eca-meta.xml",
            "partnerPortalGlobal.ecaGlblOauth-meta.xml",
            "partnerPortalSettings.ecaOauth-meta.xml",
            "partnerPortalPolicies.ecaOauthPlcy-meta.xml",
            "partnerPortalPlugins.ecaPlcy-meta.xml");
        app.GlobalOauth!.SourceFile.Should().EndWith("partnerPortalGlobal.ecaGlblOauth-meta.xml");
        app.GlobalOauth.IsDeviceFlowEnabled.Value.Should().BeTrue();
        app.GlobalOauth.IdTokenConfig!.IdTokenValidityInMinutes.Value.Should().Be(720);
        app.GlobalOauth.IdTokenConfig.IdTokenAudience.IsAbsent.Should().BeTrue();
        app.OauthSettings!.SourceFile.Should().EndWith("partnerPortalSettings.ecaOauth-meta.xml");
        app.OauthSettings.TrustedIpRanges.Should().ContainSingle().Which.Start.Value.Should().Be("0.0.0.0");
        app.OauthPolicies!.SourceFile.Should().EndWith("partnerPortalPolicies.ecaOauthPlcy-meta.xml");
        app.Policies!.SourceFile.Should().EndWith("partnerPortalPlugins.ecaPlcy-meta.xml");
        app.Header!.ContactPhone.Value.Should().Be("+1 555 0100 200");
    }

    [Test]
    public void The_partial_Field_Service_Mobile_app_has_no_global_settings_and_no_plugin_policies_but_keeps_what_it_has()
    {
        var app = Load.Repository(Sfdx).Eca("Field_Service_Mobile");

        app.GlobalOauth.Should().BeNull();
        app.Policies.Should().BeNull();
        app.Header.Should().NotBeNull();
        app.OauthSettings!.Scopes.Value!.Select(s => s.Value).Should().Equal("Api", "Web", "RefreshToken");
        app.OauthPolicies!.IpRelaxationPolicyType.Value.Should().Be(IpRelaxationPolicy.EnforceRelaxRefresh);
        app.OauthPolicies.RefreshTokenValidityPeriod.Value.Should().Be(90);
        app.OauthPolicies.Profiles.Value!.Select(p => p.Value).Should().Equal("Field Technician", "Field Dispatcher");
        app.Problems.Should().BeEmpty("a missing global settings file is common practice, not an error");
    }

    [Test]
    public void The_integration_app_reads_client_credentials_named_user_JWT_and_IPv6_ranges()
    {
        var app = Load.Repository(Sfdx).Eca("Acme_Data_Sync");

        app.GlobalOauth!.HasCertificate.Should().Match<Setting<bool>>(s => s.IsPresent && s.Value);
        app.OauthPolicies!.ClientCredentialsFlowUser.Value.Should().Be("integration.datasync@acme.example");
        app.OauthPolicies.CustomScopes.Value!.Select(s => s.Value).Should().Equal("Acme_Orders_Read", "Acme_Orders_Write");
        app.OauthPolicies.NamedUserJwtSessionTimeoutType.Value.Should().Be(JwtSessionTimeoutType.Custom);
        app.OauthPolicies.NamedUserJwtTimeout.Value.Should().Be(60);
        app.OauthPolicies.RequiredSessionLevel.Value.Should().Be(SessionSecurityLevel.HighAssurance);
        app.OauthPolicies.PolicyAction.Value.Should().Be(SessionPolicyAction.RaiseSessionLevel);
        app.OauthPolicies.RefreshTokenValidityUnit.Value.Should().Be(TokenValidityUnit.Hours);
        app.OauthSettings!.TrustedIpRanges.Select(r => (r.Start.Value, r.End.Value)).Should().Equal(
            ("198.51.100.0", "198.51.100.255"), ("2001:db8:ac3e::1", "2001:db8:ac3e::ff"));
    }

    [Test]
    public void The_SFDX_manifest_outside_the_package_directory_is_listed_as_ignored_with_the_reason()
    {
        var manifest = Load.Repository(Sfdx).Input("manifest/package.xml");

        manifest.Status.Should().Be(InputStatus.Ignored);
        manifest.Message.Should().Be("outside the package directories of sfdx-project.json");
    }

    [Test]
    public void A_Connected_App_outside_the_sfdx_package_directories_is_listed_as_ignored_and_builds_no_app()
    {
        var project = temp.CopyFrom(RepositoryRoot.Combine(Sfdx), "acme-org");
        temp.Write("acme-org/scratch/connectedApps/Stray_App.connectedApp-meta.xml", MinimalConnectedApp("Stray"));

        var snapshot = Load.Paths(project);

        var stray = snapshot.Input("scratch/connectedApps/Stray_App.connectedApp-meta.xml");
        stray.Status.Should().Be(InputStatus.Ignored);
        stray.Message.Should().Be("outside the package directories of sfdx-project.json");
        stray.MetadataType.Should().Be("ConnectedApp");
        snapshot.Apps.Should().HaveCount(7).And.NotContain(a => a.Name == "Stray_App");
        snapshot.HasInputErrors.Should().BeFalse();
    }

    [Test]
    public void Every_package_directory_listed_in_sfdx_project_json_is_read()
    {
        temp.Write("project/sfdx-project.json", """{ "packageDirectories": [ { "path": "force-app", "default": true }, { "path": "./extra/" } ] }""");
        temp.Write("project/force-app/connectedApps/One.connectedApp-meta.xml", MinimalConnectedApp("One"));
        temp.Write("project/extra/connectedApps/Two.connectedApp-meta.xml", MinimalConnectedApp("Two"));
        temp.Write("project/elsewhere/connectedApps/Three.connectedApp-meta.xml", MinimalConnectedApp("Three"));

        var snapshot = Load.Paths(temp.Combine("project"));

        snapshot.Apps.Select(a => a.Name).Should().Equal("One", "Two");
        snapshot.Input("elsewhere/connectedApps/Three.connectedApp-meta.xml").Status.Should().Be(InputStatus.Ignored);
        snapshot.Input("sfdx-project.json").Status.Should().Be(InputStatus.Parsed);
    }

    [Test]
    public void An_unreadable_sfdx_project_json_is_a_warning_and_the_whole_folder_is_scanned()
    {
        temp.Write("project/sfdx-project.json", "{ this is not json");
        temp.Write("project/force-app/connectedApps/One.connectedApp-meta.xml", MinimalConnectedApp("One"));
        temp.Write("project/elsewhere/connectedApps/Two.connectedApp-meta.xml", MinimalConnectedApp("Two"));

        var snapshot = Load.Paths(temp.Combine("project"));

        snapshot.Apps.Select(a => a.Name).Should().Equal("One", "Two");
        snapshot.Diagnostics.Should().ContainSingle(d => d.Location.Path == "sfdx-project.json")
            .Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public void Hidden_folders_and_node_modules_are_never_scanned()
    {
        temp.Write("export/connectedApps/Real.connectedApp-meta.xml", MinimalConnectedApp("Real"));
        temp.Write("export/.sf/orgs/connectedApps/Cached.connectedApp-meta.xml", MinimalConnectedApp("Cached"));
        temp.Write("export/node_modules/pkg/connectedApps/Dependency.connectedApp-meta.xml", MinimalConnectedApp("Dependency"));

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Apps.Select(a => a.Name).Should().Equal("Real");
        snapshot.Inputs.Should().ContainSingle();
    }

    [Test]
    public void Other_source_format_metadata_is_listed_as_ignored_and_other_plain_files_are_not_listed()
    {
        temp.Write("export/classes/Handler.cls", "public class Handler {}");
        temp.Write("export/classes/Handler.cls-meta.xml", "<ApexClass/>");
        temp.Write("export/settings/Security.settings-meta.xml", "<SecuritySettings/>");
        temp.Write("export/README.md", "# notes");

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Inputs.Select(i => (i.Path, i.Status, i.Message)).Should().Equal(
            ("classes/Handler.cls-meta.xml", InputStatus.Ignored, "not an OAuth client metadata type"),
            ("settings/Security.settings-meta.xml", InputStatus.Ignored, "not an OAuth client metadata type"));
        snapshot.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void A_single_metadata_file_can_be_given_as_the_path()
    {
        var file = RepositoryRoot.Combine($"{Sfdx}/force-app/main/default/connectedApps/Acme_Mobile_App.connectedApp-meta.xml");

        var snapshot = Load.Paths(file);

        snapshot.Inputs.Should().ContainSingle().Which.Path.Should().Be("Acme_Mobile_App.connectedApp-meta.xml");
        snapshot.Ca("Acme_Mobile_App").Definition!.OauthConfig!.IsPkceRequired.Value.Should().BeTrue();
    }

    [Test]
    public void A_path_that_does_not_exist_is_reported_and_the_other_paths_are_still_scanned()
    {
        var missing = temp.Combine("no-such-export");

        var snapshot = Load.Paths(missing, RepositoryRoot.Combine(Sfdx));

        snapshot.Diagnostics.Should().ContainSingle().Which.Should().Match<InputDiagnostic>(d =>
            d.Code == DiagnosticCodes.MissingPath && d.Severity == DiagnosticSeverity.Error && d.Location.Path == missing);
        snapshot.Apps.Should().HaveCount(7);
        snapshot.Inputs.Should().OnlyContain(i => i.Path.StartsWith("acme-org/", StringComparison.Ordinal));
    }

    /// <summary>The values the rules depend on most, with their lines, as one comparable line per app.</summary>
    private static string KeyValues(OAuthClient app)
    {
        static string At<T>(Setting<T> s) => s.IsPresent ? $"{s.Value}@{s.Location!.Value.Line}" : s.State.ToString();
        static string List(Setting<IReadOnlyList<Located<string>>> s) => s.IsPresent ? string.Join(",", s.Value!.Select(v => v.Value)) : s.State.ToString();

        return app switch
        {
            ExternalClientApp eca => string.Join("|", eca.Name, eca.Kind,
                $"pkce={(eca.GlobalOauth is null ? "none" : At(eca.GlobalOauth.IsPkceRequired))}",
                $"rotation={(eca.GlobalOauth is null ? "none" : At(eca.GlobalOauth.IsRefreshTokenRotationEnabled))}",
                $"refresh={(eca.OauthPolicies is null ? "none" : At(eca.OauthPolicies.RefreshTokenPolicyType))}",
                $"ip={(eca.OauthPolicies is null ? "none" : At(eca.OauthPolicies.IpRelaxationPolicyType))}",
                $"scopes={(eca.OauthSettings is null ? "none" : List(eca.OauthSettings.Scopes))}",
                $"users={eca.OauthPolicies?.PermittedUsersPolicyType.Value}"),
            ConnectedApp ca => string.Join("|", ca.Name, ca.Kind,
                $"pkce={At(ca.Definition!.OauthConfig!.IsPkceRequired)}",
                $"rotation={At(ca.Definition.OauthConfig.IsRefreshTokenRotationEnabled)}",
                $"refresh={At(ca.Definition.OauthPolicy!.RefreshTokenPolicy)}",
                $"ip={At(ca.Definition.OauthPolicy.IpRelaxation)}",
                $"scopes={List(ca.Definition.OauthConfig.Scopes)}",
                $"admin={At(ca.Definition.OauthConfig.IsAdminApproved)}"),
            _ => throw new InvalidOperationException(app.GetType().Name),
        };
    }

    /// <summary>The same file in both layouts: drop the layout's folder and the source-format suffix from every path.</summary>
    private static string Normalised(string snapshotText) => snapshotText
        .Replace("force-app/main/default/", string.Empty, StringComparison.Ordinal)
        .Replace("unpackaged/", string.Empty, StringComparison.Ordinal)
        .Replace("-meta.xml", string.Empty, StringComparison.Ordinal);

    private static string MinimalConnectedApp(string label) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <contactEmail>ops@acme.example</contactEmail>
            <label>{label}</label>
        </ConnectedApp>

        """;
}
