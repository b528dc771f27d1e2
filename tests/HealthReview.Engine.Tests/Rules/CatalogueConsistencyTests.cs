using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Engine.Conditions;
using HealthReview.Engine.Fields;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Tests.Support;

namespace HealthReview.Engine.Tests.Rules;

/// <summary>The built-in catalogue against controls.md, and against itself.</summary>
public class CatalogueConsistencyTests
{
    private const AppKind Eca = AppKind.ExternalClientApp;
    private const AppKind Ca = AppKind.ConnectedApp;

    /// <summary>The "range" and source columns of the control table in controls.md: id → ECA range, CA range, source.</summary>
    public static IEnumerable<TestCaseData> RangesFromControlsMd() =>
    [
        Row("IDTOKEN-LIFETIME", 7.0, 8.9, 7.0, 8.9, "shr"),
        Row("IDTOKEN-AUDIENCE", 7.0, 8.9, 7.0, 8.9, "shr"),
        Row("IDTOKEN-CLAIMS", 4.0, 6.9, 4.0, 6.9, "ours"),
        Row("PKCE-REQUIRED", 7.0, 8.9, 7.0, 8.9, "shr"),
        Row("REFRESH-ROTATION", 7.0, 8.9, 7.0, 8.9, "shr"),
        Row("REFRESH-IDLE-TTL", 7.0, 8.9, 7.0, 8.9, "ours"),
        Row("REFRESH-IP-ALLOWLIST", 4.0, 6.9, 4.0, 6.9, "ours"),
        Row("IP-RELAXATION", 6.0, 8.5, 6.0, 8.5, "shr"),
        Row("TRUSTED-IP-RANGES", 7.0, 8.9, 7.0, 8.9, "ours"),
        Row("SECRET-WEBSERVER", 7.0, 8.9, 9.0, 10.0, "shr"),
        Row("SECRET-REFRESH", 7.0, 8.9, 9.0, 10.0, "shr"),
        Row("SECRET-IN-EXPORT", 7.0, 8.9, 7.0, 8.9, "shr"),
        Row("SCOPE-LEAST-PRIVILEGE", 9.0, 10.0, 9.0, 10.0, "shr"),
        Row("CALLBACK-URL-SECURE", 7.0, 8.9, 7.0, 8.9, "ours"),
        Row("INTROSPECT-ALL-DISABLED", 4.0, 6.9, 4.0, 6.9, "ours"),
        Row("CLIENT-CREDENTIALS-FLOW", 7.0, 8.9, 9.0, 10.0, "shr"),
        Row("DEVICE-FLOW-DISABLED", 4.0, 6.9, 4.0, 6.9, "ours"),
        Row("TOKEN-EXCHANGE-SECRET", 7.0, 8.9, 7.0, 8.9, "ours"),
        Row("CODE-CREDENTIALS-POST-ONLY", 4.0, 6.9, 4.0, 6.9, "ours"),
        Row("PERMITTED-USERS-ADMIN-APPROVED", 7.0, 8.9, 7.0, 8.9, "shr"),
        Row("SESSION-TIMEOUT", 7.0, 8.9, 9.0, 10.0, "shr"), // CA from SHR "Session Timeout"; the ECA range is ours
        Row("JWT-ACCESS-TOKEN-TIMEOUT", 4.0, 6.9, 4.0, 6.9, "ours"),
    ];

    [Test]
    public void The_built_in_catalogue_loads_without_errors()
    {
        var (catalog, errors) = RuleCatalogLoader.Load();

        errors.Should().BeEmpty();
        catalog.Should().NotBeNull();
        catalog!.Version.Should().MatchRegex(@"^22 rules, sha256:[0-9a-f]{12}$");
    }

    [Test]
    public void The_catalogue_holds_exactly_the_controls_of_controls_md_each_once()
    {
        var ids = BuiltInRules.Catalog.Rules.Select(r => r.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().BeEquivalentTo(ControlIds.All);
    }

    [Test]
    public void The_table_of_ranges_in_this_test_covers_every_control()
    {
        RangesFromControlsMd().Select(c => (string)c.Arguments[0]!).Should().BeEquivalentTo(ControlIds.All);
    }

    [TestCaseSource(nameof(RangesFromControlsMd))]
    public void Each_control_declares_the_range_and_source_controls_md_gives(string id, double ecaMin, double ecaMax, double caMin, double caMax, string source)
    {
        var rule = BuiltInRules.Rule(id);

        rule.AppliesTo.Should().Contain([Eca, Ca]);
        rule.Risk[Eca].Range.Should().Be(new Core.Results.ScoreRange(ecaMin, ecaMax));
        rule.Risk[Ca].Range.Should().Be(new Core.Results.ScoreRange(caMin, caMax));
        rule.RiskSource.Should().Be(source);
    }

    [Test]
    public void Only_the_secrets_control_also_has_an_org_level_finding()
    {
        BuiltInRules.Catalog.Rules.Where(r => r.AppliesTo.Contains(AppKind.Org)).Select(r => r.Id).Should().Equal("SECRET-IN-EXPORT");
        BuiltInRules.Rule("SECRET-IN-EXPORT").Risk[AppKind.Org].Range.Should().Be(new Core.Results.ScoreRange(7.0, 8.9));
    }

    public static IEnumerable<string> Ids() => ControlIds.All;

    [TestCaseSource(nameof(Ids))]
    public void Every_vector_is_a_CVSS_3_1_base_vector_whose_recomputed_score_lies_inside_its_range(string id)
    {
        foreach (var (kind, risk) in BuiltInRules.Rule(id).Risk)
        {
            var text = risk.Vector.ToString();
            var recomputed = CvssV3Vector.Parse(text);

            text.Should().StartWith("CVSS:3.1/", $"{kind}");
            recomputed.HasEnvironmentalMetrics.Should().BeFalse();
            recomputed.HasTemporalMetrics.Should().BeFalse();
            recomputed.BaseScore.Value.Should().BeInRange(risk.Range.Min, risk.Range.Max, $"{id} {kind}: {text}");
            if (risk.Vector4 is { } v4)
            {
                CvssVector.Parse(v4).Version.Should().Be(CvssVersion.V4_0);
            }
        }
    }

    [TestCaseSource(nameof(Ids))]
    public void Every_modifier_keeps_the_vector_valid_and_every_field_used_exists_for_that_kind(string id)
    {
        var rule = BuiltInRules.Rule(id);
        foreach (var kind in rule.AppliesTo)
        {
            var conditions = new List<Condition> { rule.Checks[kind] };
            conditions.AddRange(rule.NotApplicable.Where(n => n.When.ContainsKey(kind)).Select(n => n.When[kind]));
            conditions.AddRange(rule.Modifiers.Where(m => m.When.ContainsKey(kind)).Select(m => m.When[kind]));
            foreach (var field in conditions.SelectMany(Fields))
            {
                FieldCatalog.TryGet(field.Name, out var known).Should().BeTrue(field.Name);
                known.AppliesTo(kind).Should().BeTrue($"{id} uses {field.Name} for {kind}");
            }

            foreach (var name in rule.Defaults.GetValueOrDefault(kind)?.Keys ?? [])
            {
                FieldCatalog.TryGet(name, out var defaulted).Should().BeTrue(name);
                defaulted.AppliesTo(kind).Should().BeTrue($"{id} declares a default for {name} for {kind}");
            }

            foreach (var modifier in rule.Modifiers)
            {
                var contextual = rule.Risk[kind].Vector.WithMetrics(modifier.Metrics);
                contextual.HasEnvironmentalMetrics.Should().BeTrue($"{id} modifier {modifier.Id}");
                modifier.Effect.Should().BeOneOf("higher", "lower");
            }
        }
    }

    [TestCaseSource(nameof(Ids))]
    public void Every_control_carries_the_text_sections_remediation_and_references_a_report_needs(string id)
    {
        var rule = BuiltInRules.Rule(id);
        var text = rule.Text;

        new[] { text.Overview, text.SecurityRisk, text.ThreatScenarios, text.RiskImpact, text.HigherRiskWhen, text.LowRiskWhen, text.BusinessConsiderations, rule.Title, rule.Recommended }
            .Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s));
        // controls.md: REFRESH-IP-ALLOWLIST is notApplicable for Connected Apps, so there is nothing to remediate there.
        foreach (var kind in rule.AppliesTo.Where(k => k != AppKind.Org && !(id == "REFRESH-IP-ALLOWLIST" && k == Ca)))
        {
            rule.Remediation.Setup.Should().ContainKey(kind);
        }

        rule.References.Should().NotBeEmpty().And.OnlyContain(r => r.Url.StartsWith("https://", StringComparison.Ordinal));
        rule.Source.Should().Be($"built-in:rules/{id}.yaml");
    }

    [Test]
    public void The_embedded_pack_is_the_rules_folder_of_the_repository()
    {
        var embedded = RuleCatalogLoader.EmbeddedRuleFiles().ToDictionary(f => f.Source["built-in:rules/".Length..], f => f.Text);
        var onDisk = Directory.EnumerateFiles(RepoRoot.Combine("rules"), "*.yaml").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));

        embedded.Keys.Should().BeEquivalentTo(onDisk.Keys);
        foreach (var (name, content) in onDisk)
        {
            embedded[name].Should().Be(content, name);
        }
    }

    [Test]
    public void A_rules_folder_adds_new_rules_and_replaces_built_in_ones_by_id()
    {
        var folder = Directory.CreateTempSubdirectory("healthreview-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "custom.yaml"), RuleYaml.Minimal("ACME-CUSTOM-PKCE"));
            File.WriteAllText(Path.Combine(folder, "pkce.yaml"), RuleYaml.Minimal("PKCE-REQUIRED", "PKCE is required (Acme's version)"));

            var (catalog, errors) = RuleCatalogLoader.Load(folder);

            errors.Should().BeEmpty();
            catalog!.Rules.Should().HaveCount(ControlIds.All.Count + 1);
            catalog.Find("ACME-CUSTOM-PKCE")!.Source.Should().EndWith("/custom.yaml");
            var replaced = catalog.Find("PKCE-REQUIRED")!;
            replaced.Title.Should().Be("PKCE is required (Acme's version)");
            replaced.Source.Should().EndWith("/pkce.yaml");
            catalog.Version.Should().NotBe(BuiltInRules.Catalog.Version, "the version changes whenever any rule does");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_user_rule_is_evaluated_like_a_built_in_one()
    {
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Append(RuleFileParser.Parse(RuleYaml.Minimal("ACME-CUSTOM-PKCE"), "custom.yaml")));
        using var export = new TestExport();
        export.ConnectedApp("Legacy").OauthConfig("isPkceRequired", null);

        var finding = export.Scan(catalog: catalog).Finding("ACME-CUSTOM-PKCE", "Legacy");

        finding.Status.Should().Be(Core.Results.FindingStatus.Fail, "the rule's Connected App default is false");
    }

    private static IEnumerable<FieldDefinition> Fields(Condition condition) => condition switch
    {
        FieldCondition f => [f.Field],
        AllCondition all => all.Parts.SelectMany(Fields),
        AnyCondition any => any.Parts.SelectMany(Fields),
        NotCondition not => Fields(not.Inner),
        _ => [],
    };

    private static TestCaseData Row(string id, double ecaMin, double ecaMax, double caMin, double caMax, string source) =>
        new TestCaseData(id, ecaMin, ecaMax, caMin, caMax, source).SetArgDisplayNames(id);
}
