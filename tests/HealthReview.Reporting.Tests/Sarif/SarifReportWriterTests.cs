using System.Text.Json;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Sarif;
using HealthReview.Reporting.Tests.Support;
using NJsonSchema;

namespace HealthReview.Reporting.Tests.Sarif;

public sealed class SarifReportWriterTests
{
    private static readonly SarifReportWriter Writer = new();

    private static JsonElement Run(ScanResult result)
    {
        using var document = JsonDocument.Parse(WriterOutput.Text(Writer, result));
        return document.RootElement.GetProperty("runs")[0].Clone();
    }

    private static List<JsonElement> Results(ScanResult result) => [.. Run(result).GetProperty("results").EnumerateArray()];

    private static JsonElement ResultFor(ScanResult result, string ruleId, string app) =>
        Results(result).Single(r => r.GetProperty("ruleId").GetString() == ruleId && r.GetProperty("properties").GetProperty("app").GetString() == app);

    [Test]
    public void Names_the_format_and_file()
    {
        Writer.Format.Should().Be("sarif");
        Writer.FileName.Should().Be("results.sarif");
    }

    [Test]
    public async Task A_realistic_result_is_valid_against_the_SARIF_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        var json = WriterOutput.Text(Writer, SampleResults.Realistic());

        var errors = schema.Validate(json);

        errors.Select(e => e.ToString()).Should().BeEmpty();
        json.Should().Contain("\"suppressions\"").And.Contain("\"baselineState\": \"new\"").And.Contain("\"baselineState\": \"unchanged\"");
    }

    [Test]
    public async Task The_schema_check_would_catch_a_broken_file()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        var json = WriterOutput.Text(Writer, SampleResults.Realistic())
            .Replace("\"level\": \"error\"", "\"level\": \"critical\"", StringComparison.Ordinal)
            .Replace("\"baselineState\": \"new\"", "\"baselineState\": \"fresh\"", StringComparison.Ordinal);

        schema.Validate(json).Should().NotBeEmpty();
    }

    [Test]
    public async Task A_hostile_result_is_still_valid_against_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        var hostile = "<img src=x onerror=alert(1)>\"\\\u0001\ud800";
        var result = new ScanResultBuilder()
            .App(hostile, AppKind.ConnectedApp, "C:\\exports\\" + hostile + ".xml")
            .Rule(ScanResultBuilder.RuleOf("X-1", hostile, 10, AppKind.ConnectedApp) with { References = [new RuleReferenceInfo("bad", "not a url")] })
            .Finding(ScanResultBuilder.FindingOf("X-1", hostile, AppKind.ConnectedApp, FindingStatus.Fail, 10) with { Message = hostile })
            .Finding(ScanResultBuilder.FindingOf("UNDESCRIBED", hostile, AppKind.ConnectedApp, FindingStatus.Fail, 0.0, "/abs/" + hostile, 3))
            .Build();

        var json = WriterOutput.Text(Writer, result);

        schema.Validate(json).Select(e => e.ToString()).Should().BeEmpty();
        json.Should().Contain("\\u0001").And.Contain("\uFFFD");
    }

    [Test]
    public void Has_one_run_with_the_tool_and_a_successful_invocation()
    {
        var run = Run(SampleResults.Realistic());

        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("HealthReview");
        driver.GetProperty("version").GetString().Should().Be("0.1.0");
        driver.TryGetProperty("informationUri", out _).Should().BeFalse();
        var invocation = run.GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeTrue();
        run.GetProperty("automationDetails").GetProperty("id").GetString().Should().Be("healthreview/2026-11-23T00:00:00Z");
    }

    [Test]
    public void Input_errors_are_tool_execution_notifications()
    {
        var notification = Run(SampleResults.Realistic()).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];

        notification.GetProperty("level").GetString().Should().Be("error");
        notification.GetProperty("message").GetProperty("text").GetString().Should().Contain("malformed");
        var location = notification.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("force-app/main/default/connectedApps/Broken.connectedApp-meta.xml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(7);
    }

    [Test]
    public void Describes_every_rule_for_GitHub_code_scanning()
    {
        var rules = Run(SampleResults.Realistic()).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal("CONSUMER-SECRET-API-ACCESS", "DEVICE-FLOW-DISABLED", "PKCE-REQUIRED", "REFRESH-IP-ALLOWLIST");
        var pkce = rules[2];
        pkce.GetProperty("name").GetString().Should().Be("PkceRequired");
        pkce.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("PKCE is required");
        pkce.GetProperty("fullDescription").GetProperty("text").GetString().Should().Be("Overview of PKCE-REQUIRED.");
        pkce.GetProperty("helpUri").GetString().Should().Be("https://www.rfc-editor.org/rfc/rfc7636");
        var properties = pkce.GetProperty("properties");
        properties.GetProperty("security-severity").ValueKind.Should().Be(JsonValueKind.String);
        properties.GetProperty("security-severity").GetString().Should().Be("7.4");
        properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal(
            "security", "salesforce", "oauth", "ExternalClientApp", "ConnectedApp",
            "external/sbs/SBS-OAUTH-002", "external/nist80053/IA-2", "external/nist80053/SC-8", "external/iso27001/A.8.5", "external/soc2/CC6.1");
        pkce.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("error");
    }

    [Test]
    public void Rule_help_gives_the_recommendation_risk_and_remediation_per_kind()
    {
        var help = Run(SampleResults.Realistic()).GetProperty("tool").GetProperty("driver").GetProperty("rules")[2].GetProperty("help");

        var text = help.GetProperty("text").GetString();
        text.Should().Contain("Recommended: Configure pkce is required.")
            .And.Contain("Security risk: Tokens can be stolen & replayed <quickly>.")
            .And.Contain("Remediation (Connected App):")
            .And.Contain("Setup: Setup → ConnectedApp → (app) → Edit → PKCE is required")
            .And.Contain("<isPkceRequired>true</isPkceRequired>");
        var markdown = help.GetProperty("markdown").GetString();
        markdown.Should().Contain("**Security risk:** Tokens can be stolen &amp; replayed &lt;quickly&gt;.")
            .And.Contain("#### Remediation: External Client App")
            .And.Contain("```xml\n<oauthConfig>\n    <isPkceRequired>true</isPkceRequired>\n</oauthConfig>\n```")
            .And.Contain("in connectedApps/&lt;App&gt;.connectedApp-meta.xml")
            .And.Contain("[RFC 7636](https://www.rfc-editor.org/rfc/rfc7636)");
    }

    [Test]
    public void The_highest_base_score_over_kinds_is_the_security_severity()
    {
        var rule = ScanResultBuilder.RuleOf("R-1", "R", 5.0) with
        {
            Kinds = [.. ScanResultBuilder.RuleOf("R-1", "R", 5.0, AppKind.ExternalClientApp).Kinds, .. ScanResultBuilder.RuleOf("R-1", "R", 9.0, AppKind.ConnectedApp).Kinds],
        };

        SarifReportWriter.SecuritySeverity(rule).Should().Be("9.0");
    }

    [Test]
    public void Tags_are_capped_at_ten()
    {
        var rule = ScanResultBuilder.RuleOf("R-1", "R", 5.0) with
        {
            Compliance = new Dictionary<string, IReadOnlyList<string>> { ["nist80053"] = [.. Enumerable.Range(1, 20).Select(i => $"AC-{i}")] },
        };

        SarifReportWriter.Tags(rule).Should().HaveCount(10).And.StartWith(["security", "salesforce", "oauth"]).And.OnlyHaveUniqueItems();
    }

    [TestCase("PKCE-REQUIRED", "PkceRequired")]
    [TestCase("IDTOKEN-LIFETIME", "IdtokenLifetime")]
    [TestCase("X", "X")]
    [TestCase("REFRESH-IP-ALLOWLIST", "RefreshIpAllowlist")]
    public void Rule_names_are_the_id_words_in_PascalCase(string id, string name) => SarifReportWriter.RuleName(id).Should().Be(name);

    [Test]
    public void Reports_each_open_and_each_waived_finding_and_nothing_else()
    {
        var results = Results(SampleResults.Realistic());

        results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("properties").GetProperty("app").GetString(), r.GetProperty("properties").GetProperty("status").GetString()))
            .Should().BeEquivalentTo(new[]
            {
                ("DEVICE-FLOW-DISABLED", "Acme_Customer_Portal", "fail"),
                ("REFRESH-IP-ALLOWLIST", "Acme_Mobile_App", "fail"),
                ("PKCE-REQUIRED", "Acme_Mobile_App", "fail"),
                ("DEVICE-FLOW-DISABLED", "Field_Service_Mobile", "waived"),
                ("CONSUMER-SECRET-API-ACCESS", "Org", "fail"),
            });
    }

    [Test]
    public void Rule_index_points_at_the_rule()
    {
        var run = Run(SampleResults.Realistic());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
        }
    }

    [TestCase(9.1, "error")]
    [TestCase(8.1, "error")]
    [TestCase(5.9, "warning")]
    [TestCase(3.1, "note")]
    public void Level_follows_severity(double score, string level)
    {
        var result = new ScanResultBuilder()
            .App("A", AppKind.ConnectedApp, "a.xml")
            .Rule("R-1", "R", 5)
            .Finding(ScanResultBuilder.FindingOf("R-1", "A", AppKind.ConnectedApp, FindingStatus.Fail, score, "a.xml", 1))
            .Build();

        Results(result).Single().GetProperty("level").GetString().Should().Be(level);
    }

    [Test]
    public void An_open_finding_has_its_message_app_location_and_risk()
    {
        var result = ResultFor(SampleResults.Realistic(), "PKCE-REQUIRED", "Acme_Mobile_App");

        result.GetProperty("message").GetProperty("text").GetString().Should().Be(
            "Acme_Mobile_App (Connected App): Not met: PKCE-REQUIRED. isPkceRequired is false. Expected: true; actual: false.");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(SampleResults.MobileFile);
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("SRCROOT");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(12);
        var properties = result.GetProperty("properties");
        properties.GetProperty("appKind").GetString().Should().Be("ConnectedApp");
        properties.GetProperty("cvssScore").GetDouble().Should().Be(8.1);
        properties.GetProperty("cvssBaseScore").GetDouble().Should().Be(7.4);
        properties.GetProperty("cvssVector").GetString().Should().EndWith("/MAC:L");
        properties.GetProperty("severity").GetString().Should().Be("high");
        result.GetProperty("baselineState").GetString().Should().Be("new");
        result.TryGetProperty("suppressions", out _).Should().BeFalse();
    }

    [Test]
    public void A_waived_finding_carries_an_accepted_external_suppression()
    {
        var result = ResultFor(SampleResults.Realistic(), "DEVICE-FLOW-DISABLED", "Field_Service_Mobile");

        var suppression = result.GetProperty("suppressions").EnumerateArray().Single();
        suppression.GetProperty("kind").GetString().Should().Be("external");
        suppression.GetProperty("status").GetString().Should().Be("accepted");
        suppression.GetProperty("justification").GetString().Should().Be("Kiosk devices without a browser (secops@example.com, until 2027-03-31)");
        result.GetProperty("baselineState").GetString().Should().Be("unchanged");
        result.GetProperty("level").GetString().Should().Be("warning");
    }

    [Test]
    public void An_expired_acceptance_leaves_the_finding_open_and_says_so()
    {
        var result = ResultFor(SampleResults.Realistic(), "DEVICE-FLOW-DISABLED", "Acme_Customer_Portal");

        result.TryGetProperty("suppressions", out _).Should().BeFalse();
        result.GetProperty("properties").GetProperty("acceptanceExpired").GetString().Should().Be("2026-01-31");
    }

    [Test]
    public void A_finding_without_a_location_points_at_its_apps_first_file()
    {
        var result = ResultFor(SampleResults.Realistic(), "REFRESH-IP-ALLOWLIST", "Acme_Mobile_App");

        var location = result.GetProperty("locations")[0];
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(SampleResults.MobileFile);
        location.GetProperty("physicalLocation").TryGetProperty("region", out _).Should().BeFalse();
        location.GetProperty("message").GetProperty("text").GetString().Should().NotBeEmpty();
    }

    [Test]
    public void An_org_finding_without_a_location_points_at_the_org_settings_file()
    {
        var result = ResultFor(SampleResults.Realistic(), "CONSUMER-SECRET-API-ACCESS", "Org");

        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(SampleResults.OrgSettingsFile);
        result.GetProperty("level").GetString().Should().Be("error");
    }

    [Test]
    public void Paths_are_escaped_relative_uris_with_forward_slashes()
    {
        var result = ResultFor(SampleResults.Realistic(), "DEVICE-FLOW-DISABLED", "Field_Service_Mobile");

        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .Should().Be("force-app/main/default/extlClntAppGlobalOauthSets/Field%20Service%20%28Mobile%29_glbloauth.ecaGlblOauth-meta.xml");
    }

    [TestCase("a\\b c\\d.xml", "a/b%20c/d.xml", "SRCROOT")]
    [TestCase("zip.zip/x#1%.xml", "zip.zip/x%231%25.xml", "SRCROOT")]
    [TestCase("/tmp/x y.xml", "file:///tmp/x%20y.xml", null)]
    [TestCase("C:\\exports\\x.xml", "file:///C:/exports/x.xml", null)]
    public void Artifact_locations(string path, string uri, string? baseId)
    {
        var location = SarifArtifactLocation.FromPath(path);

        location.Uri.Should().Be(uri);
        location.UriBaseId.Should().Be(baseId);
    }

    [Test]
    public void Fingerprints_stay_the_same_when_files_move_and_differ_between_findings()
    {
        ScanResult At(string path, int line) => new ScanResultBuilder()
            .App("Acme_Mobile_App", AppKind.ConnectedApp, path)
            .Rule("PKCE-REQUIRED", "PKCE is required", 7.4)
            .Finding(ScanResultBuilder.FindingOf("PKCE-REQUIRED", "Acme_Mobile_App", AppKind.ConnectedApp, FindingStatus.Fail, 8.1, path, line))
            .Build();
        string Fingerprint(ScanResult result) => Results(result).Single().GetProperty("partialFingerprints").GetProperty("healthreviewFindingId/v1").GetString()!;

        var before = Fingerprint(At("force-app/main/default/connectedApps/Acme_Mobile_App.connectedApp-meta.xml", 12));
        var after = Fingerprint(At("unpackaged/connectedApps/Acme_Mobile_App.connectedApp", 40));

        after.Should().Be(before).And.MatchRegex("^[0-9a-f]{64}$");
        before.Should().Be(SarifFingerprint.Compute("PKCE-REQUIRED", AppKind.ConnectedApp, "Acme_Mobile_App"));
        SarifFingerprint.Compute("PKCE-REQUIRED", AppKind.ExternalClientApp, "Acme_Mobile_App").Should().NotBe(before);
        SarifFingerprint.Compute("PKCE-REQUIRED", AppKind.ConnectedApp, "Acme_Mobile_App2").Should().NotBe(before);
        SarifFingerprint.Compute("PKCE-REQUIRED-2", AppKind.ConnectedApp, "Acme_Mobile_App").Should().NotBe(before);
    }

    [Test]
    public void The_fingerprint_is_sha256_of_rule_kind_and_app()
    {
        // echo -n 'PKCE-REQUIRED|ConnectedApp|Acme_Mobile_App' | sha256sum
        SarifFingerprint.Compute("PKCE-REQUIRED", AppKind.ConnectedApp, "Acme_Mobile_App")
            .Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("PKCE-REQUIRED|ConnectedApp|Acme_Mobile_App"u8)));
    }

    [Test]
    public void Without_a_baseline_there_is_no_baseline_state()
    {
        var result = new ScanResultBuilder()
            .App("A", AppKind.ConnectedApp, "a.xml")
            .Rule("R-1", "R", 5)
            .Finding(ScanResultBuilder.FindingOf("R-1", "A", AppKind.ConnectedApp, FindingStatus.Fail, 5, "a.xml", 1))
            .Build();

        Results(result).Single().TryGetProperty("baselineState", out _).Should().BeFalse();
    }

    [Test]
    public void An_empty_result_is_a_run_with_no_results()
    {
        var result = new ScanResultBuilder().Gate(null).Build();

        var run = Run(result);

        run.GetProperty("results").GetArrayLength().Should().Be(0);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void Output_is_deterministic_LF_and_ends_with_a_newline()
    {
        var first = WriterOutput.Bytes(Writer, SampleResults.Realistic());
        var second = WriterOutput.Bytes(Writer, SampleResults.Realistic());

        second.Should().Equal(first);
        first.Should().NotContain((byte)'\r');
        first[^1].Should().Be((byte)'\n');
    }

    [Test]
    public void A_severity_word_maps_to_the_documented_level()
    {
        SarifReportWriter.Level(CvssSeverity.Critical).Should().Be("error");
        SarifReportWriter.Level(CvssSeverity.High).Should().Be("error");
        SarifReportWriter.Level(CvssSeverity.Medium).Should().Be("warning");
        SarifReportWriter.Level(CvssSeverity.Low).Should().Be("note");
        SarifReportWriter.Level(CvssSeverity.None).Should().Be("note");
    }
}
