using HealthReview.Core.Model;
using HealthReview.Core.Model.ConnectedApps;
using HealthReview.Loaders.Salesforce;
using HealthReview.Loaders.Tests.Support;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Tests;

/// <summary>How element text becomes a value: the spellings Salesforce documents, and everything else refused.</summary>
public class ValueParsingTests
{
    private static readonly object[] ValidRefreshTokenPolicies =
    [
        new object[] { "zero", RefreshTokenPolicyKind.Zero, null!, null! },
        new object[] { "infinite", RefreshTokenPolicyKind.Infinite, null!, null! },
        new object[] { "ZERO", RefreshTokenPolicyKind.Zero, null!, null! },
        new object[] { "Infinite", RefreshTokenPolicyKind.Infinite, null!, null! },
        new object[] { "specific_lifetime:1:DAYS", RefreshTokenPolicyKind.SpecificLifetime, 1, TokenValidityUnit.Days },
        new object[] { "specific_lifetime:4:HOURS", RefreshTokenPolicyKind.SpecificLifetime, 4, TokenValidityUnit.Hours },
        new object[] { "specific_lifetime:3:MONTHS", RefreshTokenPolicyKind.SpecificLifetime, 3, TokenValidityUnit.Months },
        new object[] { "specific_inactivity:7:DAYS", RefreshTokenPolicyKind.SpecificInactivity, 7, TokenValidityUnit.Days },
        new object[] { "SPECIFIC_INACTIVITY:30:days", RefreshTokenPolicyKind.SpecificInactivity, 30, TokenValidityUnit.Days },
        new object[] { "Specific_Inactivity:12:Hours", RefreshTokenPolicyKind.SpecificInactivity, 12, TokenValidityUnit.Hours },
    ];

    private static readonly string[] InvalidRefreshTokenPolicies =
    [
        "",
        "never",
        "unlimited",
        "zero:1",
        "infinite:5:DAYS",
        "specific_lifetime",
        "specific_lifetime:1",
        "specific_lifetime:1:DAYS:extra",
        "specific_lifetime:abc:WEEKS",
        "specific_lifetime:1:WEEKS",
        "specific_lifetime:0:DAYS",
        "specific_inactivity:-5:DAYS",
        "specific_inactivity:+5:DAYS",
        "specific_inactivity:1.5:DAYS",
        "specific_inactivity: 30:DAYS",
        "specific_inactivity:99999999999:DAYS",
        "specificinactivity:30:DAYS",
        "SpecificInactivity",
    ];

    /// <summary>Enum, text, expected value: documented spellings in any case, as Salesforce itself is inconsistent.</summary>
    private static readonly object[] ValidEnumSpellings =
    [
        new object[] { "EcaIpRelaxation", "Enforce", IpRelaxationPolicy.Enforce },
        new object[] { "EcaIpRelaxation", "Bypass", IpRelaxationPolicy.Bypass },
        new object[] { "EcaIpRelaxation", "Bypass_2factor", IpRelaxationPolicy.BypassTwoFactor },
        new object[] { "EcaIpRelaxation", "BYPASS_2FACTOR", IpRelaxationPolicy.BypassTwoFactor },
        new object[] { "EcaIpRelaxation", "Enforce_RelaxRefresh", IpRelaxationPolicy.EnforceRelaxRefresh },
        new object[] { "EcaIpRelaxation", "Enforce_relaxrefresh", IpRelaxationPolicy.EnforceRelaxRefresh },
        new object[] { "EcaIpRelaxation", " Enforce ", IpRelaxationPolicy.Enforce },
        new object[] { "ConnectedAppIpRelaxation", "ENFORCE", IpRelaxationPolicy.Enforce },
        new object[] { "ConnectedAppIpRelaxation", "BYPASS", IpRelaxationPolicy.Bypass },
        new object[] { "ConnectedAppIpRelaxation", "BYPASS_2FACTOR", IpRelaxationPolicy.BypassTwoFactor },
        new object[] { "ConnectedAppIpRelaxation", "ENFORCE_RELAXREFRESH", IpRelaxationPolicy.EnforceRelaxRefresh },
        new object[] { "ConnectedAppIpRelaxation", "Enforce_relaxrefresh", IpRelaxationPolicy.EnforceRelaxRefresh },
        new object[] { "RefreshTokenPolicyType", "Infinite", RefreshTokenPolicyKind.Infinite },
        new object[] { "RefreshTokenPolicyType", "SpecificInactivity", RefreshTokenPolicyKind.SpecificInactivity },
        new object[] { "RefreshTokenPolicyType", "SPECIFICLIFETIME", RefreshTokenPolicyKind.SpecificLifetime },
        new object[] { "RefreshTokenPolicyType", "zero", RefreshTokenPolicyKind.Zero },
        new object[] { "ValidityUnit", "Days", TokenValidityUnit.Days },
        new object[] { "ValidityUnit", "HOURS", TokenValidityUnit.Hours },
        new object[] { "ValidityUnit", "months", TokenValidityUnit.Months },
        new object[] { "PermittedUsers", "AdminApprovedPreAuthorized", PermittedUsersPolicy.AdminApprovedPreAuthorized },
        new object[] { "PermittedUsers", "allselfauthorized", PermittedUsersPolicy.AllSelfAuthorized },
        new object[] { "SessionLevel", "HIGH_ASSURANCE", SessionSecurityLevel.HighAssurance },
        new object[] { "SessionLevel", "Standard", SessionSecurityLevel.Standard },
        new object[] { "SessionLevel", "low", SessionSecurityLevel.Low },
        new object[] { "PolicyAction", "Block", SessionPolicyAction.Block },
        new object[] { "PolicyAction", "RAISESESSIONLEVEL", SessionPolicyAction.RaiseSessionLevel },
        new object[] { "JwtSessionTimeout", "UserSession", JwtSessionTimeoutType.UserSession },
        new object[] { "JwtSessionTimeout", "custom", JwtSessionTimeoutType.Custom },
        new object[] { "DistributionState", "Packaged", EcaDistributionState.Packaged },
        new object[] { "DistributionState", "autoinstalled", EcaDistributionState.AutoInstalled },
        new object[] { "StartPage", "OAuth", EcaStartPage.OAuth },
        new object[] { "StartPage", "NONE", EcaStartPage.None },
    ];

    private static readonly object[] InvalidEnumSpellings =
    [
        new object[] { "EcaIpRelaxation", "EnforceRelaxRefresh" },
        new object[] { "EcaIpRelaxation", "Enforce RelaxRefresh" },
        new object[] { "EcaIpRelaxation", "Bypass2factor" },
        new object[] { "EcaIpRelaxation", "SOMETIMES" },
        new object[] { "EcaIpRelaxation", "" },
        new object[] { "ConnectedAppIpRelaxation", "BYPASS-2FACTOR" },
        new object[] { "RefreshTokenPolicyType", "Specific_Inactivity" },
        new object[] { "RefreshTokenPolicyType", "specific_inactivity:30:DAYS" },
        new object[] { "ValidityUnit", "Weeks" },
        new object[] { "ValidityUnit", "Day" },
        new object[] { "SessionLevel", "HighAssurance" },
        new object[] { "SessionLevel", "High Assurance" },
        new object[] { "PermittedUsers", "AdminApproved" },
        new object[] { "StartPage", "OAuth2" },
        new object[] { "IpRelaxationPolicy", "BypassTwoFactor" },
    ];

    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [TestCaseSource(nameof(ValidRefreshTokenPolicies))]
    public void A_Connected_App_refresh_token_policy_string_is_parsed_case_insensitively(string text, RefreshTokenPolicyKind kind, int? period, TokenValidityUnit? unit)
    {
        var (value, problem) = ValueParsers.ParseRefreshTokenPolicy(text);

        problem.Should().BeNull();
        value.Should().Be(new RefreshTokenPolicy(kind, period, unit));
    }

    [TestCaseSource(nameof(InvalidRefreshTokenPolicies))]
    public void A_malformed_refresh_token_policy_string_is_refused_with_a_reason(string text)
    {
        var (value, problem) = ValueParsers.ParseRefreshTokenPolicy(text);

        value.Should().BeNull();
        problem.Should().NotBeNullOrWhiteSpace();
    }

    [TestCase("zero", "zero")]
    [TestCase("INFINITE", "infinite")]
    [TestCase("SPECIFIC_INACTIVITY:30:days", "specific_inactivity:30:DAYS")]
    [TestCase("specific_lifetime:4:hours", "specific_lifetime:4:HOURS")]
    public void A_refresh_token_policy_prints_in_the_documented_spelling(string text, string printed)
    {
        ValueParsers.ParseRefreshTokenPolicy(text).Value!.ToString().Should().Be(printed);
    }

    [TestCase(4, TokenValidityUnit.Hours, 4 / 24.0)]
    [TestCase(30, TokenValidityUnit.Days, 30.0)]
    [TestCase(3, TokenValidityUnit.Months, 90.0)]
    public void A_refresh_token_period_is_converted_to_days_counting_a_month_as_thirty(int period, TokenValidityUnit unit, double days)
    {
        new RefreshTokenPolicy(RefreshTokenPolicyKind.SpecificInactivity, period, unit).ApproximateDays.Should().BeApproximately(days, 1e-9);
        new RefreshTokenPolicy(RefreshTokenPolicyKind.Infinite).ApproximateDays.Should().BeNull();
    }

    [TestCaseSource(nameof(ValidEnumSpellings))]
    public void A_documented_enum_spelling_is_accepted_in_any_case(string spelling, string text, object expected)
    {
        TryParse(spelling, text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCaseSource(nameof(InvalidEnumSpellings))]
    public void An_undocumented_enum_spelling_is_refused(string spelling, string text)
    {
        TryParse(spelling, text, out _).Should().BeFalse();
    }

    [TestCase("true", true)]
    [TestCase("false", false)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("TRUE", true)]
    [TestCase("False", false)]
    public void A_boolean_is_one_of_the_xsd_spellings(string text, bool expected)
    {
        ValueParsers.TryParseBool(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [TestCase("yes")]
    [TestCase("no")]
    [TestCase("on")]
    [TestCase("t")]
    [TestCase("2")]
    [TestCase("")]
    [TestCase("truee")]
    public void Anything_else_is_not_a_boolean(string text)
    {
        ValueParsers.TryParseBool(text, out _).Should().BeFalse();
    }

    [TestCase("yes", SettingState.Invalid, false)]
    [TestCase("TRUE", SettingState.Present, true)]
    [TestCase("\n            true\n        ", SettingState.Present, true)]
    [TestCase("0", SettingState.Present, false)]
    [TestCase("", SettingState.Invalid, false)]
    public void A_boolean_element_is_read_trimmed_and_an_invalid_one_is_never_a_default(string text, SettingState state, bool value)
    {
        var pkce = LoadConnectedApp($"        <isPkceRequired>{text}</isPkceRequired>").OauthConfig!.IsPkceRequired;

        pkce.State.Should().Be(state);
        pkce.Location!.Value.Line.Should().Be(6);
        if (state == SettingState.Present)
        {
            pkce.Value.Should().Be(value);
        }
        else
        {
            pkce.RawText.Should().Be(text.Trim());
            pkce.Problem.Should().Contain("not a boolean");
        }
    }

    [Test]
    public void A_refresh_token_policy_element_is_read_trimmed_and_keeps_its_text_as_evidence()
    {
        var policy = LoadConnectedApp(oauthPolicy: "        <refreshTokenPolicy>  SPECIFIC_INACTIVITY:30:days  </refreshTokenPolicy>").OauthPolicy!.RefreshTokenPolicy;

        policy.Value.Should().Be(new RefreshTokenPolicy(RefreshTokenPolicyKind.SpecificInactivity, 30, TokenValidityUnit.Days));
        policy.RawText.Should().Be("SPECIFIC_INACTIVITY:30:days");
    }

    [Test]
    public void An_External_Client_App_policy_file_reads_enum_spellings_of_any_case()
    {
        temp.Write("export/extlClntAppOauthPolicies/Mixed.ecaOauthPlcy-meta.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppOauthConfigurablePolicies xmlns="http://soap.sforce.com/2006/04/metadata">
                <externalClientApplication>Mixed</externalClientApplication>
                <ipRelaxationPolicyType>Enforce_relaxrefresh</ipRelaxationPolicyType>
                <permittedUsersPolicyType>ADMINAPPROVEDPREAUTHORIZED</permittedUsersPolicyType>
                <refreshTokenPolicyType>specificinactivity</refreshTokenPolicyType>
                <refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>
                <refreshTokenValidityUnit>DAYS</refreshTokenValidityUnit>
                <requiredSessionLevel>high_assurance</requiredSessionLevel>
            </ExtlClntAppOauthConfigurablePolicies>

            """);

        var policies = Load.Paths(temp.Combine("export")).Eca("Mixed").OauthPolicies!;

        policies.IpRelaxationPolicyType.Value.Should().Be(IpRelaxationPolicy.EnforceRelaxRefresh);
        policies.IpRelaxationPolicyType.RawText.Should().Be("Enforce_relaxrefresh");
        policies.PermittedUsersPolicyType.Value.Should().Be(PermittedUsersPolicy.AdminApprovedPreAuthorized);
        policies.RefreshTokenPolicyType.Value.Should().Be(RefreshTokenPolicyKind.SpecificInactivity);
        policies.RefreshTokenValidityUnit.Value.Should().Be(TokenValidityUnit.Days);
        policies.RequiredSessionLevel.Value.Should().Be(SessionSecurityLevel.HighAssurance);
    }

    [TestCase("365", SettingState.Present, 365)]
    [TestCase(" 30 ", SettingState.Present, 30)]
    [TestCase("-1", SettingState.Invalid, 0)]
    [TestCase("0", SettingState.Invalid, 0)]
    [TestCase("3.0", SettingState.Invalid, 0)]
    [TestCase("1e3", SettingState.Invalid, 0)]
    [TestCase("thirty", SettingState.Invalid, 0)]
    [TestCase("99999999999", SettingState.Invalid, 0)]
    public void A_whole_number_element_is_read_in_invariant_culture(string text, SettingState state, int value)
    {
        var timeout = LoadConnectedApp(sessionPolicy: $"        <sessionTimeout>{text}</sessionTimeout>").SessionPolicy!.SessionTimeout;

        timeout.State.Should().Be(state);
        if (state == SettingState.Present)
        {
            timeout.Value.Should().Be(value);
        }
    }

    [Test]
    public void Connected_App_callback_urls_are_split_on_line_breaks_each_with_its_own_line()
    {
        var urls = Load.Repository("samples/acme-org").Ca("Acme_Mobile_App").Definition!.OauthConfig!.CallbackUrls;

        urls.Value!.Select(u => (u.Value, u.Location.Line)).Should().Equal(
            ("example.acme.mobile:/oauth2/callback", 12),
            ("https://mobile.acme.example/oauth2/callback", 13),
            ("http://127.0.0.1:8787/oauth2/callback", 14));
        urls.Value!.Should().OnlyContain(u => u.Location.Path == "force-app/main/default/connectedApps/Acme_Mobile_App.connectedApp-meta.xml");
    }

    [Test]
    public void Callback_urls_starting_on_the_next_line_with_blank_lines_and_CRLF_keep_their_own_lines()
    {
        var xml = ConnectedAppXml("        <callbackUrl>\n  https://one.example/cb\n\n  https://two.example/cb?a=1&amp;b=2\n        </callbackUrl>").Replace("\n", "\r\n", StringComparison.Ordinal);
        temp.Write("export/connectedApps/Urls.connectedApp-meta.xml", xml);

        var urls = Load.Paths(temp.Combine("export")).Ca("Urls").Definition!.OauthConfig!.CallbackUrls;

        urls.Value!.Select(u => (u.Value, u.Location.Line)).Should().Equal(("https://one.example/cb", 7), ("https://two.example/cb?a=1&b=2", 9));
    }

    [TestCase("<callbackUrl></callbackUrl>")]
    [TestCase("<callbackUrl/>")]
    [TestCase("<callbackUrl>   </callbackUrl>")]
    public void An_empty_callback_url_element_is_one_empty_url_not_no_urls(string element)
    {
        var urls = LoadConnectedApp("        " + element).OauthConfig!.CallbackUrls;

        urls.IsPresent.Should().BeTrue();
        urls.Value.Should().ContainSingle().Which.Should().Be(new Located<string>(string.Empty, new SourceLocation("connectedApps/Subject.connectedApp-meta.xml", 6, 10)));
    }

    [Test]
    public void A_missing_callback_url_element_is_absent()
    {
        LoadConnectedApp("        <isAdminApproved>true</isAdminApproved>").OauthConfig!.CallbackUrls.IsAbsent.Should().BeTrue();
    }

    [TestCase("Api, RefreshToken", new[] { "Api", "RefreshToken" })]
    [TestCase("Api,RefreshToken", new[] { "Api", "RefreshToken" })]
    [TestCase(" Basic ,  Web , ", new[] { "Basic", "Web" })]
    [TestCase("Full", new[] { "Full" })]
    [TestCase("", new string[0])]
    public void External_Client_App_scopes_are_split_on_commas_trimmed_and_empty_items_dropped(string text, string[] scopes)
    {
        temp.Write("export/extlClntAppOauthSettings/Scoped.ecaOauth-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <commaSeparatedOauthScopes>{text}</commaSeparatedOauthScopes>
                <externalClientApplication>Scoped</externalClientApplication>
            </ExtlClntAppOauthSettings>

            """);

        var settings = Load.Paths(temp.Combine("export")).Eca("Scoped").OauthSettings!;

        settings.Scopes.IsPresent.Should().BeTrue();
        settings.Scopes.Value!.Select(s => s.Value).Should().Equal(scopes);
    }

    [Test]
    public void A_single_valued_element_given_twice_is_invalid_rather_than_first_or_last_wins()
    {
        var definition = LoadConnectedApp("        <isPkceRequired>true</isPkceRequired>\n        <isPkceRequired>false</isPkceRequired>");

        var pkce = definition.OauthConfig!.IsPkceRequired;
        pkce.State.Should().Be(SettingState.Invalid);
        pkce.Problem.Should().Contain("appears 2 times (lines 6, 7)");
    }

    [Test]
    public void An_element_that_should_hold_a_value_but_holds_elements_is_invalid()
    {
        var pkce = LoadConnectedApp("        <isPkceRequired><value>true</value></isPkceRequired>").OauthConfig!.IsPkceRequired;

        pkce.State.Should().Be(SettingState.Invalid);
        pkce.Problem.Should().Contain("found child elements");
    }

    [Test]
    public void Text_in_a_CDATA_section_is_read_like_any_other_text()
    {
        var oauth = LoadConnectedApp("        <callbackUrl><![CDATA[https://a.example/cb?x=1&y=2]]></callbackUrl>\n        <isPkceRequired><![CDATA[true]]></isPkceRequired>").OauthConfig!;

        oauth.CallbackUrls.Value!.Single().Value.Should().Be("https://a.example/cb?x=1&y=2");
        oauth.IsPkceRequired.Value.Should().BeTrue();
    }

    private static bool TryParse(string spelling, string text, out object? value)
    {
        bool Parse<T>(EnumSpelling<T> spellings, out object? result)
            where T : struct, Enum
        {
            var ok = spellings.TryParse(text, out var parsed);
            result = ok ? parsed : null;
            return ok;
        }

        return spelling switch
        {
            "EcaIpRelaxation" => Parse(MetadataSpellings.EcaIpRelaxation, out value),
            "ConnectedAppIpRelaxation" => Parse(MetadataSpellings.ConnectedAppIpRelaxation, out value),
            "IpRelaxationPolicy" => Parse(MetadataSpellings.EcaIpRelaxation, out value) || Parse(MetadataSpellings.ConnectedAppIpRelaxation, out value),
            "RefreshTokenPolicyType" => Parse(MetadataSpellings.RefreshTokenPolicyType, out value),
            "ValidityUnit" => Parse(MetadataSpellings.ValidityUnit, out value),
            "PermittedUsers" => Parse(MetadataSpellings.PermittedUsers, out value),
            "SessionLevel" => Parse(MetadataSpellings.SessionLevel, out value),
            "PolicyAction" => Parse(MetadataSpellings.PolicyAction, out value),
            "JwtSessionTimeout" => Parse(MetadataSpellings.JwtSessionTimeout, out value),
            "DistributionState" => Parse(MetadataSpellings.DistributionState, out value),
            "StartPage" => Parse(MetadataSpellings.StartPage, out value),
            _ => throw new ArgumentOutOfRangeException(nameof(spelling), spelling, "no such spelling table"),
        };
    }

    private static string ConnectedAppXml(string oauthConfig, string oauthPolicy = "", string sessionPolicy = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <contactEmail>ops@acme.example</contactEmail>
            <label>Subject</label>
            <oauthConfig>
        {oauthConfig}
            </oauthConfig>
            <oauthPolicy>
        {oauthPolicy}
            </oauthPolicy>
            <sessionPolicy>
        {sessionPolicy}
            </sessionPolicy>
        </ConnectedApp>

        """;

    private ConnectedAppDefinition LoadConnectedApp(string oauthConfig = "", string oauthPolicy = "", string sessionPolicy = "")
    {
        temp.Write("export/connectedApps/Subject.connectedApp-meta.xml", ConnectedAppXml(oauthConfig, oauthPolicy, sessionPolicy));
        return Load.Paths(temp.Combine("export")).Ca("Subject").Definition!;
    }
}
