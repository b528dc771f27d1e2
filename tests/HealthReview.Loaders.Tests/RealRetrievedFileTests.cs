using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Tests.Support;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Tests;

/// <summary>The verbatim files retrieved from real orgs (tests/fixtures/real) load into the right typed values.</summary>
public class RealRetrievedFileTests
{
    private const string Justinsohn = "tests/fixtures/real/justinsohn-gstdev";
    private const string PostmanGlobal = "force-app/main/default/extlClntAppGlobalOauthSets/Postman_glbloauth.ecaGlblOauth-meta.xml";
    private const string PostmanPolicies = "force-app/main/default/extlClntAppOauthPolicies/Postman_oauthPlcy.ecaOauthPlcy-meta.xml";

    [Test]
    public void The_five_justinsohn_Postman_files_join_into_one_External_Client_App_named_by_its_header()
    {
        var snapshot = Load.Repository(Justinsohn);

        snapshot.Apps.Should().ContainSingle();
        var app = snapshot.Eca("Postman");
        app.Files.Should().Equal(
            "force-app/main/default/externalClientApps/Postman.eca-meta.xml",
            PostmanGlobal,
            PostmanPolicies,
            "force-app/main/default/extlClntAppOauthSettings/Postman_oauth.ecaOauth-meta.xml",
            "force-app/main/default/extlClntAppPolicies/Postman_plcy.ecaPlcy-meta.xml");
        app.Header.Should().NotBeNull();
        app.GlobalOauth.Should().NotBeNull();
        app.OauthSettings.Should().NotBeNull();
        app.OauthPolicies.Should().NotBeNull();
        app.Policies.Should().NotBeNull();
        app.OauthSecurity.Should().BeNull("the export has no .ecaOauthSecurity file");
        app.Problems.Should().BeEmpty();
        snapshot.Inputs.Should().HaveCount(5).And.OnlyContain(i => i.Status == InputStatus.Parsed && i.AppName == "Postman");
        snapshot.Diagnostics.Should().BeEmpty();
        snapshot.UnknownElements.Should().BeEmpty();
        snapshot.SecretMarkers.Should().BeEmpty();
    }

    [Test]
    public void The_justinsohn_header_reads_contact_distribution_state_and_org_scoped_name()
    {
        var header = Load.Repository(Justinsohn).Eca("Postman").Header!;

        header.ContactEmail.Value.Should().Be("justinsohn@canidium.com");
        header.DistributionState.Value.Should().Be(EcaDistributionState.Local);
        header.IsProtected.Should().Match<Setting<bool>>(s => s.IsPresent && !s.Value);
        header.Label.Value.Should().Be("Postman");
        header.OrgScopedExternalApp.Value.Should().Be("00DWD00000BpPVt:Postman");
        header.Description.IsAbsent.Should().BeTrue();
    }

    [Test]
    public void The_justinsohn_global_settings_require_PKCE_at_line_13_and_keep_every_explicit_boolean()
    {
        var global = Load.Repository(Justinsohn).Eca("Postman").GlobalOauth!;

        global.IsPkceRequired.IsPresent.Should().BeTrue();
        global.IsPkceRequired.Value.Should().BeTrue();
        global.IsPkceRequired.Location.Should().Be(new SourceLocation(PostmanGlobal, 13, 6));
        global.IsPkceRequired.RawText.Should().Be("true");

        global.IsCodeCredFlowEnabled.Value.Should().BeTrue();
        global.IsCodeCredPostOnly.Value.Should().BeFalse();
        global.IsClientCredentialsFlowEnabled.Value.Should().BeFalse();
        global.IsConsumerSecretOptional.Value.Should().BeFalse();
        global.IsDeviceFlowEnabled.Value.Should().BeFalse();
        global.IsIntrospectAllTokens.Value.Should().BeFalse();
        global.IsNamedUserJwtEnabled.Value.Should().BeFalse();
        global.IsRefreshTokenRotationEnabled.Should().Match<Setting<bool>>(s => s.IsPresent && !s.Value);
        global.IsRefreshTokenRotationEnabled.Location!.Value.Line.Should().Be(14);
        global.IsSecretRequiredForRefreshToken.Value.Should().BeTrue();
        global.IsSecretRequiredForTokenExchange.Value.Should().BeTrue();
        global.IsTokenExchangeEnabled.Value.Should().BeFalse();
        global.ShouldRotateConsumerKey.Value.Should().BeFalse();
        global.ShouldRotateConsumerSecret.Value.Should().BeFalse();
        global.ExternalClientApplication.Value.Should().Be("Postman");
        global.Label.Value.Should().Be("Postman_glbloauth");
        global.IdTokenConfig.Should().BeNull("the real retrieve has no idTokenConfig");
        global.HasCertificate.IsAbsent.Should().BeTrue();
        global.HasConsumerSecret.IsAbsent.Should().BeTrue();
    }

    [Test]
    public void The_justinsohn_callback_url_is_one_url_at_line_3()
    {
        var global = Load.Repository(Justinsohn).Eca("Postman").GlobalOauth!;

        global.CallbackUrls.Value.Should().ContainSingle()
            .Which.Should().Be(new Located<string>("https://oauth.pstmn.io/v1/browser-callback", new SourceLocation(PostmanGlobal, 3, 0)));
    }

    [Test]
    public void The_justinsohn_consumer_key_is_known_to_be_there_but_its_text_is_nowhere_in_the_snapshot()
    {
        var snapshot = Load.Repository(Justinsohn);
        var global = snapshot.Eca("Postman").GlobalOauth!;
        const string consumerKey = "3MVG9Ya9prPrtlpu5rchNffyqgwIXwPu_IH0W9m9m.9g9siNOEGf1AkSfjWx6Ypr3LcS3vD.lllxQp2JskOSW";

        File.ReadAllText(RepositoryRoot.Combine($"{Justinsohn}/{PostmanGlobal}")).Should().Contain(consumerKey, "the fixture holds the key");
        global.HasConsumerKey.IsPresent.Should().BeTrue();
        global.HasConsumerKey.Value.Should().BeTrue();
        global.HasConsumerKey.Location!.Value.Line.Should().Be(4);
        global.HasConsumerKey.RawText.Should().NotContain("3MVG9");
        var text = SnapshotText.Of(snapshot);
        text.Should().Contain("Postman_glbloauth", "the dump holds the values that were kept").And.Contain(ElementBag.Redacted);
        text.Should().NotContain("3MVG9Ya9prPrtlpu5").And.NotContain("JskOSW");
    }

    [Test]
    public void The_justinsohn_oauth_settings_split_the_scopes_on_commas_and_trim_them()
    {
        var settings = Load.Repository(Justinsohn).Eca("Postman").OauthSettings!;

        settings.Scopes.Value!.Select(s => s.Value).Should().Equal("Api", "RefreshToken");
        settings.Scopes.RawText.Should().Be("Api, RefreshToken");
        settings.Scopes.Value!.Should().OnlyContain(s => s.Location.Line == 3);
        settings.IsFirstPartyAppEnabled.Value.Should().BeFalse();
        settings.OauthLink.Value.Should().Be("00DWD00000BpPVt:888WD000000BWZF");
        settings.TrustedIpRanges.Should().BeEmpty();
        settings.CustomAttributes.Should().BeEmpty();
    }

    [Test]
    public void The_justinsohn_policies_are_the_UI_defaults_Enforce_AllSelfAuthorized_and_365_days_lifetime()
    {
        var policies = Load.Repository(Justinsohn).Eca("Postman").OauthPolicies!;

        policies.IpRelaxationPolicyType.Value.Should().Be(IpRelaxationPolicy.Enforce);
        policies.PermittedUsersPolicyType.Value.Should().Be(PermittedUsersPolicy.AllSelfAuthorized);
        policies.PermittedUsersPolicyType.Location.Should().Be(new SourceLocation(PostmanPolicies, 9, 6));
        policies.RefreshTokenPolicyType.Value.Should().Be(RefreshTokenPolicyKind.SpecificLifetime);
        policies.RefreshTokenValidityPeriod.Value.Should().Be(365);
        policies.RefreshTokenValidityPeriod.Location!.Value.Line.Should().Be(11);
        policies.RefreshTokenValidityUnit.Value.Should().Be(TokenValidityUnit.Days);
        policies.RequiredSessionLevel.Value.Should().Be(SessionSecurityLevel.Standard);
        policies.IsClientCredentialsFlowEnabled.Value.Should().BeFalse();
        policies.IsGuestCodeCredFlowEnabled.Value.Should().BeFalse();
        policies.IsTokenExchangeFlowEnabled.Value.Should().BeFalse();
        policies.SessionTimeoutInMinutes.IsAbsent.Should().BeTrue("the real file has no session timeout; absent is never a default");
        policies.ClientCredentialsFlowUser.IsAbsent.Should().BeTrue();
    }

    [Test]
    public void The_justinsohn_plugin_policies_enable_the_app_and_its_OAuth_plugin()
    {
        var plugins = Load.Repository(Justinsohn).Eca("Postman").Policies!;

        plugins.IsEnabled.Value.Should().BeTrue();
        plugins.IsOauthPluginEnabled.Value.Should().BeTrue();
        plugins.StartPage.Value.Should().Be(EcaStartPage.None);
        plugins.IsSamlPluginEnabled.IsAbsent.Should().BeTrue();
        plugins.Label.Value.Should().Be("Postman_plcy");
    }

    [Test]
    public void The_chrzasz_global_file_is_joined_by_its_element_not_its_file_name_and_does_not_require_PKCE()
    {
        var snapshot = Load.Repository("tests/fixtures/real/chrzasz-sf-th-eca-via-metadata");

        var app = snapshot.Eca("ecaViaMetadata");
        app.GlobalOauth!.IsPkceRequired.Should().Match<Setting<bool>>(s => s.IsPresent && !s.Value);
        app.GlobalOauth.IsPkceRequired.Location!.Value.Line.Should().Be(13);
        app.GlobalOauth.IsSecretRequiredForTokenExchange.Value.Should().BeFalse();
        app.Header.Should().BeNull("the doc quotes no header for this app");
        app.Problems.Should().ContainSingle().Which.Should().StartWith("orphan");
        snapshot.Apps.Should().NotContain(a => a.Name == "ecaViaMetadataGlblOAuth");
    }

    [Test]
    public void The_carestone_Connected_App_has_Full_scope_ENFORCE_and_an_infinite_refresh_token()
    {
        var snapshot = Load.Repository("tests/fixtures/real/carestone-sf-salesforce");
        var definition = snapshot.Ca("Postman").Definition!;

        definition.Label.Value.Should().Be("Postman");
        definition.ContactEmail.Value.Should().Be("p.schroeder@carestone.de");
        var oauth = definition.OauthConfig!;
        oauth.Scopes.Value!.Select(s => s.Value).Should().Equal("Full");
        oauth.Scopes.Value![0].Location.Line.Should().Be(12);
        oauth.IsAdminApproved.Value.Should().BeFalse();
        oauth.IsConsumerSecretOptional.Value.Should().BeFalse();
        oauth.IsIntrospectAllTokens.Value.Should().BeFalse();
        oauth.IsSecretRequiredForRefreshToken.Value.Should().BeTrue();
        oauth.IsPkceRequired.IsAbsent.Should().BeTrue("a Connected App's default is for the rules to apply, not the loader");
        oauth.IsRefreshTokenRotationEnabled.IsAbsent.Should().BeTrue();
        oauth.HasConsumerKey.Value.Should().BeTrue();
        oauth.CallbackUrls.Value!.Select(u => u.Value).Should().Equal("https://oauth.pstmn.io/v1/callback");
        definition.OauthPolicy!.IpRelaxation.Value.Should().Be(IpRelaxationPolicy.Enforce);
        definition.OauthPolicy.RefreshTokenPolicy.Value.Should().Be(new RefreshTokenPolicy(RefreshTokenPolicyKind.Infinite));
        definition.OauthPolicy.RefreshTokenPolicy.Location!.Value.Line.Should().Be(16);
        definition.SessionPolicy.Should().BeNull();
        snapshot.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void The_craig_jackson_Connected_App_bypasses_IP_restrictions_and_needs_no_secret_for_refresh()
    {
        var snapshot = Load.Repository("tests/fixtures/real/craig-jackson-ideascience-DEV");
        var definition = snapshot.Ca("Postman").Definition!;
        var oauth = definition.OauthConfig!;

        definition.OauthPolicy!.IpRelaxation.Value.Should().Be(IpRelaxationPolicy.Bypass);
        definition.OauthPolicy.RefreshTokenPolicy.Value!.Kind.Should().Be(RefreshTokenPolicyKind.Infinite);
        oauth.Scopes.Value.Should().Equal(
            new Located<string>("Full", new SourceLocation("force-app/main/default/connectedApps/Postman.connectedApp-meta.xml", 15, 10)),
            new Located<string>("RefreshToken", new SourceLocation("force-app/main/default/connectedApps/Postman.connectedApp-meta.xml", 16, 10)));
        oauth.IsSecretRequiredForRefreshToken.Should().Match<Setting<bool>>(s => s.IsPresent && !s.Value);
        oauth.IsSecretRequiredForRefreshToken.Location!.Value.Line.Should().Be(14);
        oauth.IsClientCredentialEnabled.Value.Should().BeFalse();
        oauth.IsCodeCredentialEnabled.Value.Should().BeFalse();
        oauth.IsCodeCredentialPostOnly.Value.Should().BeFalse();
        oauth.IsAdminApproved.Value.Should().BeFalse();
        snapshot.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void The_jxbambrick_CI_app_is_admin_approved_but_has_Full_scope_and_an_infinite_refresh_token()
    {
        var snapshot = Load.Repository("tests/fixtures/real/jxbambrick-Dreamforce-Advanced-CLI");
        var definition = snapshot.Ca("GitHub_Actions").Definition!;

        definition.Label.Value.Should().Be("GitHub Actions");
        definition.OauthConfig!.IsAdminApproved.Value.Should().BeTrue();
        definition.OauthConfig.IsAdminApproved.Location!.Value.Line.Should().Be(8);
        definition.OauthConfig.HasCertificate.IsAbsent.Should().BeTrue();
        definition.OauthConfig.Scopes.Value!.Select(s => s.Value).Should().Equal("Full");
        definition.OauthPolicy!.IpRelaxation.Value.Should().Be(IpRelaxationPolicy.Enforce);
        definition.OauthPolicy.RefreshTokenPolicy.Value!.Kind.Should().Be(RefreshTokenPolicyKind.Infinite);
        snapshot.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void The_akashsaini_CICD_certificate_with_prettier_whitespace_inside_its_tag_counts_as_a_certificate()
    {
        var snapshot = Load.Repository("tests/fixtures/real/akashsaini3046-SFDX-Pipeline");
        var oauth = snapshot.Ca("CICD").Definition!.OauthConfig!;

        oauth.HasCertificate.IsPresent.Should().BeTrue();
        oauth.HasCertificate.Value.Should().BeTrue();
        oauth.HasCertificate.Location!.Value.Line.Should().Be(6, "the element starts at '<certificate' on line 6; its '>' is on line 7");
        oauth.HasConsumerKey.Value.Should().BeTrue();
        SnapshotText.Of(snapshot).Should().NotContain("MIIDtTCCAp0CFG3x").And.NotContain("3MVG90D5vR7U");
    }

    [Test]
    public void The_akashsaini_CICD_app_makes_the_secret_optional_never_issues_refresh_tokens_and_lists_profiles()
    {
        var snapshot = Load.Repository("tests/fixtures/real/akashsaini3046-SFDX-Pipeline");
        var definition = snapshot.Ca("CICD").Definition!;

        definition.OauthConfig!.IsConsumerSecretOptional.Value.Should().BeTrue();
        definition.OauthConfig.IsSecretRequiredForRefreshToken.Value.Should().BeFalse();
        definition.OauthPolicy!.RefreshTokenPolicy.Value.Should().Be(new RefreshTokenPolicy(RefreshTokenPolicyKind.Zero));
        definition.ProfileNames.Select(p => (p.Value, p.Location.Line)).Should().Equal(
            ("Customer Operations", 20), ("Community Super User", 21), ("Agent", 22));
        snapshot.Inputs.Should().ContainSingle().Which.Status.Should().Be(InputStatus.Parsed, "the stray '…' text and the missing XML declaration are harmless");
        snapshot.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void The_hand_written_lzdravkov_policy_without_declaration_or_alphabetical_order_loads_as_an_orphan()
    {
        var snapshot = Load.Repository("tests/fixtures/real/lzdravkov-rlm-agent-config-concept");
        var app = snapshot.Eca("RevenueAgent_Headless");

        app.OauthPolicies!.IsClientCredentialsFlowEnabled.Value.Should().BeTrue();
        app.OauthPolicies.IsClientCredentialsFlowEnabled.Location!.Value.Line.Should().Be(4);
        app.OauthPolicies.ClientCredentialsFlowUser.IsAbsent.Should().BeTrue();
        app.OauthPolicies.Label.Value.Should().Be("Revenue Agent Headless");
        app.OauthPolicies.IpRelaxationPolicyType.IsAbsent.Should().BeTrue();
        snapshot.Diagnostics.Should().ContainSingle(d => d.Code == "orphan").Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public void The_packaged_onyx_header_deep_inside_a_repository_is_an_app_with_no_OAuth_components()
    {
        var snapshot = Load.Repository("tests/fixtures/real/onyx-dot-app-onyx");
        var app = snapshot.Eca("Onyx_Cloud");

        app.Files.Should().Equal("integrations/salesforce/eca/force-app/main/default/externalClientApps/Onyx_Cloud.eca-meta.xml");
        app.Header!.DistributionState.Value.Should().Be(EcaDistributionState.Packaged);
        app.Header.ContactEmail.Value.Should().Be("evan@onyx.app");
        app.GlobalOauth.Should().BeNull();
        app.OauthSettings.Should().BeNull();
        app.OauthPolicies.Should().BeNull();
        app.Policies.Should().BeNull();
        app.Problems.Should().BeEmpty("a header alone is a complete, if uninformative, app");
    }

    [Test]
    public void Every_real_retrieved_file_is_parsed_when_each_repository_is_scanned_on_its_own()
    {
        var repositories = Directory.GetDirectories(RepositoryRoot.Combine("tests/fixtures/real"));
        repositories.Should().HaveCount(8);

        foreach (var repository in repositories)
        {
            var snapshot = Load.Paths(repository);
            snapshot.Inputs.Should().NotBeEmpty().And.OnlyContain(i => i.Status == InputStatus.Parsed, repository);
            snapshot.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error, repository);
        }
    }

    [Test]
    public void Scanning_all_real_repositories_together_reports_the_two_Connected_Apps_both_named_Postman_as_duplicates()
    {
        var snapshot = Load.Repository("tests/fixtures/real");

        var postman = snapshot.Ca("Postman");
        postman.Definition.Should().BeNull("two different files claim the same Connected App; neither may win by accident");
        postman.Files.Should().HaveCount(2);
        snapshot.Inputs.Where(i => i.Path.EndsWith("Postman.connectedApp-meta.xml", StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(i => i.Status == InputStatus.Error);
        snapshot.Eca("Postman").GlobalOauth.Should().NotBeNull("the External Client App of the same name is a different kind of app");
    }
}
