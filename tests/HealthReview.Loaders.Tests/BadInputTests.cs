using System.Text;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Tests.Support;

namespace HealthReview.Loaders.Tests;

/// <summary>Every case of tests/fixtures/bad: a diagnostic naming the file (and line where there is one), never a crash.</summary>
public class BadInputTests
{
    private const string Bad = "tests/fixtures/bad";

    /// <summary>
    /// Folder, file name, what becomes of the file, the most severe diagnostic about it, its line and column (0 = none
    /// known), and a word its message must contain. From the expected handling in tests/fixtures/bad/README.md.
    /// </summary>
    private static readonly object[] Cases =
    [
        new object[] { "xxe-external-entity", "Xxe_External_Entity.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 2, 1, "DTD is not allowed" },
        new object[] { "billion-laughs", "Billion_Laughs.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 2, 1, "DTD is not allowed" },
        new object[] { "truncated", "Truncated_Mid_Element.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 9, 27, "malformed XML" },
        new object[] { "malformed-mismatched-tags", "Malformed_Mismatched_Tags.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 10, 7, "malformed XML" },
        new object[] { "utf16-bom", "Utf16_Bom.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 0, 0, "UTF-16" },
        new object[] { "iso-8859-1-invalid-utf8", "Latin1_Invalid_Utf8.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 3, 20, "not valid UTF-8 (byte 0xFC)" },
        new object[] { "binary-garbage", "Binary_Garbage.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 1, 1, "binary content" },
        new object[] { "empty-file", "Empty_File.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 0, 0, "Root element is missing" },
        new object[] { "wrong-enum-values", "Wrong_Enum_Values.connectedApp-meta.xml", InputStatus.Parsed, DiagnosticSeverity.Error, 7, 10, "'yes' is not a boolean" },
        new object[] { "out-of-range-numbers", "Out_Of_Range_Numbers.connectedApp-meta.xml", InputStatus.Parsed, DiagnosticSeverity.Error, 23, 10, "'-5'" },
        new object[] { "orphan-eca-policy", "Orphan_Policy_oauthPlcy.ecaOauthPlcy-meta.xml", InputStatus.Parsed, DiagnosticSeverity.Warning, 0, 0, "orphan" },
        new object[] { "duplicate-global-oauth", "Duplicate_Global_glbloauth.ecaGlblOauth-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 0, 0, "duplicate" },
        new object[] { "duplicate-global-oauth", "duplicateGlobalCopy.ecaGlblOauth-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 0, 0, "duplicate" },
        new object[] { "missing-external-client-application", "Missing_Link_oauth.ecaOauth-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 2, 2, "no <externalClientApplication>" },
        new object[] { "unknown-elements", "Unknown_Elements.connectedApp-meta.xml", InputStatus.Parsed, DiagnosticSeverity.Info, 4, 6, "<futureTopLevelSetting> is not a known ConnectedApp element" },
        new object[] { "wrong-root-element", "Wrong_Root_Element.connectedApp-meta.xml", InputStatus.Error, DiagnosticSeverity.Error, 2, 2, "root element is <Profile>" },
        new object[] { "wrong-namespace", "Wrong_Namespace.connectedApp-meta.xml", InputStatus.Parsed, DiagnosticSeverity.Warning, 2, 2, "namespace" },
    ];

    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [TestCaseSource(nameof(Cases))]
    public void A_bad_input_is_reported_on_its_file_with_the_line_and_column_where_known(
        string folder, string file, InputStatus status, DiagnosticSeverity severity, int line, int column, string messagePart)
    {
        var snapshot = Load.Repository($"{Bad}/{folder}");

        var input = snapshot.Input("/" + file);
        input.Status.Should().Be(status);
        var diagnostic = snapshot.DiagnosticsFor("/" + file).Should().Contain(d => d.Message.Contains(messagePart, StringComparison.Ordinal)).Subject;
        diagnostic.Severity.Should().Be(severity);
        diagnostic.Location.Path.Should().Be(input.Path);
        (diagnostic.Location.Line, diagnostic.Location.Column).Should().Be((line, column));
        snapshot.DiagnosticsFor("/" + file).Max(d => d.Severity).Should().Be(severity, "no more severe diagnostic is expected for this file");
        if (status == InputStatus.Error)
        {
            input.Message.Should().Contain(messagePart);
            (input.Line ?? 0, input.Column ?? 0).Should().Be((line, column));
            if (line > 0)
            {
                input.Message.Should().StartWith($"line {line}, column {column}: ");
            }
        }

        snapshot.HasInputErrors.Should().Be(severity == DiagnosticSeverity.Error);
    }

    [TestCaseSource(nameof(Cases))]
    public void A_bad_input_is_handled_the_same_way_when_the_whole_bad_folder_is_scanned(
        string folder, string file, InputStatus status, DiagnosticSeverity severity, int line, int column, string messagePart)
    {
        var alone = Load.Repository($"{Bad}/{folder}");
        var together = Load.Repository(Bad);

        var inputTogether = together.Input("/" + file);
        inputTogether.Path.Should().StartWith(folder + "/");
        inputTogether.Status.Should().Be(status);
        inputTogether.Should().BeEquivalentTo(alone.Input("/" + file), o => o.Excluding(i => i.Path).Excluding(i => i.Message));
        together.DiagnosticsFor("/" + file).Select(d => (d.Severity, d.Location.Line, d.Location.Column))
            .Should().Equal(alone.DiagnosticsFor("/" + file).Select(d => (d.Severity, d.Location.Line, d.Location.Column)));
        together.DiagnosticsFor("/" + file).Should().Contain(d => d.Message.Contains(messagePart, StringComparison.Ordinal) && d.Severity == severity && d.Location.Line == line && d.Location.Column == column);
    }

    [Test]
    public void One_bad_file_never_stops_the_others_the_good_apps_of_the_bad_folder_still_load()
    {
        var snapshot = Load.Repository(Bad);

        snapshot.Inputs.Should().HaveCount(19);
        snapshot.Apps.Select(a => (a.Name, a.Kind)).Should().Equal(
            ("Duplicate_Global", AppKind.ExternalClientApp),
            ("Ghost_App", AppKind.ExternalClientApp),
            ("Missing_Link", AppKind.ExternalClientApp),
            ("Out_Of_Range_Numbers", AppKind.ConnectedApp),
            ("Unknown_Elements", AppKind.ConnectedApp),
            ("Wrong_Enum_Values", AppKind.ConnectedApp),
            ("Wrong_Namespace", AppKind.ConnectedApp));
        snapshot.Ca("Unknown_Elements").Definition!.OauthConfig!.IsPkceRequired.Value.Should().BeTrue();
        snapshot.Eca("Duplicate_Global").Header!.Label.Value.Should().Be("Duplicate Global");
        snapshot.Inputs.Count(i => i.Status == InputStatus.Error).Should().Be(12);
        snapshot.HasInputErrors.Should().BeTrue();
    }

    [Test]
    public void A_file_in_error_contributes_no_app()
    {
        var snapshot = Load.Repository(Bad);

        foreach (var name in new[] { "Xxe_External_Entity", "Billion_Laughs", "Truncated_Mid_Element", "Malformed_Mismatched_Tags", "Utf16_Bom", "Latin1_Invalid_Utf8", "Binary_Garbage", "Empty_File", "Wrong_Root_Element" })
        {
            snapshot.Apps.Should().NotContain(a => a.Name == name);
        }
    }

    [Test]
    public void The_XXE_fixture_is_refused_before_its_entity_is_read()
    {
        var snapshot = Load.Repository($"{Bad}/xxe-external-entity");

        snapshot.Apps.Should().BeEmpty();
        if (File.Exists("/etc/hostname"))
        {
            var hostname = File.ReadAllText("/etc/hostname").Trim();
            if (hostname.Length >= 4)
            {
                SnapshotText.Of(snapshot).Should().NotContain(hostname);
            }
        }
    }

    [Test]
    public void An_external_entity_pointing_at_a_local_file_never_brings_its_content_into_the_snapshot()
    {
        var marker = "HR-XXE-MARKER-" + Guid.NewGuid().ToString("N");
        var secretFile = temp.Write("outside/secret.txt", marker);
        temp.Write("export/connectedApps/Xxe.connectedApp-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ConnectedApp [<!ENTITY xxe SYSTEM "{new Uri(secretFile).AbsoluteUri}">]>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>x@example.com</contactEmail>
                <label>&xxe;</label>
            </ConnectedApp>

            """);

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Input("Xxe.connectedApp-meta.xml").Status.Should().Be(InputStatus.Error);
        SnapshotText.Of(snapshot).Should().NotContain(marker);
    }

    [Test]
    public void The_billion_laughs_is_rejected_without_expanding_anything()
    {
        var snapshot = Load.Repository($"{Bad}/billion-laughs");

        snapshot.Apps.Should().BeEmpty();
        snapshot.Inputs.Should().ContainSingle().Which.Status.Should().Be(InputStatus.Error);
        SnapshotText.Of(snapshot).Should().NotContain("lollol");
    }

    [Test]
    public void A_file_over_the_size_limit_is_refused_with_a_message_naming_the_limit()
    {
        temp.Write("export/connectedApps/Huge.connectedApp-meta.xml", PaddedConnectedApp(11 * 1024 * 1024));

        var snapshot = Load.Paths(temp.Combine("export"));

        var huge = snapshot.Input("Huge.connectedApp-meta.xml");
        huge.Status.Should().Be(InputStatus.Error);
        huge.Message.Should().Contain("over the 10 MB limit");
        huge.Sha256.Should().BeNull("an oversized file is not read at all");
        snapshot.Apps.Should().BeEmpty();
    }

    [Test]
    public void The_size_limit_is_configurable_in_the_loader_options()
    {
        temp.Write("export/connectedApps/Huge.connectedApp-meta.xml", PaddedConnectedApp(11 * 1024 * 1024));
        temp.Write("export/connectedApps/Small.connectedApp-meta.xml", PaddedConnectedApp(4096));

        var generous = Load.Paths(new LoaderOptions { MaxFileBytes = 20L * 1024 * 1024 }, temp.Combine("export"));
        var strict = Load.Paths(new LoaderOptions { MaxFileBytes = 1024 }, temp.Combine("export"));

        generous.Inputs.Should().OnlyContain(i => i.Status == InputStatus.Parsed);
        generous.Ca("Huge").Definition!.Label.Value.Should().Be("Padded");
        strict.Inputs.Should().OnlyContain(i => i.Status == InputStatus.Error);
        strict.Input("Small.connectedApp-meta.xml").Message.Should().Contain("MB limit");
    }

    [Test]
    public void Binary_garbage_is_not_echoed_into_the_inventory_or_the_diagnostics()
    {
        var snapshot = Load.Repository($"{Bad}/binary-garbage");

        var input = snapshot.Inputs.Should().ContainSingle().Subject;
        input.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        input.Message.Should().Be("line 1, column 1: binary content (a NUL byte), not an XML metadata file");
    }

    [Test]
    public void Wrong_enum_values_become_invalid_settings_with_their_text_and_line_while_the_valid_fields_stay()
    {
        var snapshot = Load.Repository($"{Bad}/wrong-enum-values");
        var definition = snapshot.Ca("Wrong_Enum_Values").Definition!;

        var adminApproved = definition.OauthConfig!.IsAdminApproved;
        adminApproved.State.Should().Be(SettingState.Invalid);
        adminApproved.RawText.Should().Be("yes");
        adminApproved.Location!.Value.Line.Should().Be(7);
        adminApproved.Problem.Should().Contain("not a boolean");

        var ipRelaxation = definition.OauthPolicy!.IpRelaxation;
        ipRelaxation.State.Should().Be(SettingState.Invalid);
        ipRelaxation.RawText.Should().Be("SOMETIMES");
        ipRelaxation.Problem.Should().Contain("ENFORCE, BYPASS_2FACTOR, BYPASS, ENFORCE_RELAXREFRESH");

        var refresh = definition.OauthPolicy.RefreshTokenPolicy;
        refresh.State.Should().Be(SettingState.Invalid);
        refresh.RawText.Should().Be("specific_lifetime:abc:WEEKS");
        refresh.Location!.Value.Line.Should().Be(18);

        definition.OauthConfig.IsPkceRequired.Should().Match<Setting<bool>>(s => s.IsPresent && s.Value);
        definition.OauthConfig.IsRefreshTokenRotationEnabled.Should().Match<Setting<bool>>(s => s.IsPresent && s.Value);
        definition.OauthConfig.Scopes.Value!.Select(s => s.Value).Should().Equal("Api", "RefreshToken");
        snapshot.Diagnostics.Where(d => d.Code == "invalid-value").Select(d => d.Location.Line).Should().Equal(7, 17, 18);
        snapshot.Input("Wrong_Enum_Values.connectedApp-meta.xml").Message.Should().Be("3 invalid values not used");
    }

    [Test]
    public void Out_of_range_numbers_are_never_replaced_by_a_default_and_a_negative_refresh_period_is_invalid()
    {
        var definition = Load.Repository($"{Bad}/out-of-range-numbers").Ca("Out_Of_Range_Numbers").Definition!;

        definition.OauthConfig!.IdTokenConfig!.IdTokenValidity.Should().Match<Setting<int>>(s => !s.IsAbsent && s.RawText == "9999" && (s.IsInvalid || s.Value == 9999));
        definition.SessionPolicy!.SessionTimeout.Should().Match<Setting<int>>(s => !s.IsAbsent && s.RawText == "-1" && (s.IsInvalid || s.Value == -1));
        definition.OauthPolicy!.RefreshTokenPolicy.State.Should().Be(SettingState.Invalid);
        definition.OauthPolicy.RefreshTokenPolicy.RawText.Should().Be("specific_inactivity:-5:DAYS");
    }

    [Test]
    public void An_orphaned_policy_file_is_a_warning_and_still_builds_its_app()
    {
        var snapshot = Load.Repository($"{Bad}/orphan-eca-policy");
        var app = snapshot.Eca("Ghost_App");

        app.Header.Should().BeNull();
        app.OauthPolicies!.IpRelaxationPolicyType.Value.Should().Be(IpRelaxationPolicy.Bypass);
        app.OauthPolicies.RefreshTokenPolicyType.Value.Should().Be(RefreshTokenPolicyKind.Infinite);
        app.OauthPolicies.PermittedUsersPolicyType.Value.Should().Be(PermittedUsersPolicy.AllSelfAuthorized);
        app.Problems.Should().ContainSingle().Which.Should().Contain("no ExternalClientApplication header");
        snapshot.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        snapshot.HasInputErrors.Should().BeFalse("an orphan is odd, not unreadable");
    }

    [Test]
    public void Two_global_settings_files_for_one_app_are_both_errors_and_neither_is_used()
    {
        var snapshot = Load.Repository($"{Bad}/duplicate-global-oauth");
        var app = snapshot.Eca("Duplicate_Global");

        app.GlobalOauth.Should().BeNull();
        app.Header.Should().NotBeNull();
        app.Files.Should().HaveCount(3);
        app.Problems.Should().ContainSingle().Which.Should().StartWith("duplicate: 2 ExtlClntAppGlobalOauthSettings files for 'Duplicate_Global'");
        snapshot.Inputs.Where(i => i.MetadataType == "ExtlClntAppGlobalOauthSettings").Should().HaveCount(2).And.OnlyContain(i => i.Status == InputStatus.Error);
        snapshot.Input("Duplicate_Global.eca-meta.xml").Status.Should().Be(InputStatus.Parsed);
    }

    [Test]
    public void Which_duplicate_is_found_first_does_not_change_the_result()
    {
        var source = RepositoryRoot.Combine($"{Bad}/duplicate-global-oauth/force-app/main/default");
        var pkceTrue = File.ReadAllText(Path.Combine(source, "extlClntAppGlobalOauthSets", "Duplicate_Global_glbloauth.ecaGlblOauth-meta.xml"));
        var pkceFalse = File.ReadAllText(Path.Combine(source, "extlClntAppGlobalOauthSets", "duplicateGlobalCopy.ecaGlblOauth-meta.xml"));
        var header = File.ReadAllText(Path.Combine(source, "externalClientApps", "Duplicate_Global.eca-meta.xml"));
        temp.Write("first/externalClientApps/Duplicate_Global.eca-meta.xml", header);
        temp.Write("first/extlClntAppGlobalOauthSets/A.ecaGlblOauth-meta.xml", pkceTrue);
        temp.Write("first/extlClntAppGlobalOauthSets/B.ecaGlblOauth-meta.xml", pkceFalse);
        temp.Write("second/externalClientApps/Duplicate_Global.eca-meta.xml", header);
        temp.Write("second/extlClntAppGlobalOauthSets/A.ecaGlblOauth-meta.xml", pkceFalse);
        temp.Write("second/extlClntAppGlobalOauthSets/B.ecaGlblOauth-meta.xml", pkceTrue);

        var first = Load.Paths(new LoaderOptions { Parallelism = 1 }, temp.Combine("first"));
        var second = Load.Paths(new LoaderOptions { Parallelism = 4 }, temp.Combine("second"));

        first.Eca("Duplicate_Global").GlobalOauth.Should().BeNull();
        second.Eca("Duplicate_Global").GlobalOauth.Should().BeNull();
        second.Diagnostics.Should().Equal(first.Diagnostics);
        second.Inputs.Select(i => (i.Path, i.Status, i.Message)).Should().Equal(first.Inputs.Select(i => (i.Path, i.Status, i.Message)));
    }

    [Test]
    public void A_settings_file_without_externalClientApplication_is_an_error_and_is_not_joined_by_its_file_name()
    {
        var snapshot = Load.Repository($"{Bad}/missing-external-client-application");

        var app = snapshot.Eca("Missing_Link");
        app.OauthSettings.Should().BeNull("the file name looks like Missing_Link's, but only the element may join it");
        app.Files.Should().ContainSingle().Which.Should().EndWith("Missing_Link.eca-meta.xml");
        snapshot.Apps.Should().ContainSingle();
        snapshot.Input("Missing_Link_oauth.ecaOauth-meta.xml").AppName.Should().BeNull();
        SnapshotText.OfApps(snapshot).Should().NotContain("Full");
    }

    [Test]
    public void Unknown_elements_are_kept_by_path_as_information_and_the_file_is_still_parsed()
    {
        var snapshot = Load.Repository($"{Bad}/unknown-elements");

        snapshot.UnknownElements.Select(u => (u.MetadataType, u.ElementPath, u.Location.Line)).Should().BeEquivalentTo(new[]
        {
            ("ConnectedApp", "futureTopLevelSetting", 4),
            ("ConnectedApp", "oauthConfig/dpopConfig", 8),
            ("ConnectedApp", "oauthConfig/isQuantumSafe", 16),
        });
        snapshot.Diagnostics.Should().HaveCount(3).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Info && d.Code == "unknown-element");
        var input = snapshot.Input("Unknown_Elements.connectedApp-meta.xml");
        input.Status.Should().Be(InputStatus.Parsed);
        input.Message.Should().Be("3 unknown elements kept");
        var definition = snapshot.Ca("Unknown_Elements").Definition!;
        definition.OauthConfig!.IsPkceRequired.Value.Should().BeTrue();
        definition.OauthConfig.IsRefreshTokenRotationEnabled.Value.Should().BeTrue();
        definition.OauthPolicy!.RefreshTokenPolicy.Value.Should().Be(new RefreshTokenPolicy(RefreshTokenPolicyKind.SpecificInactivity, 7, TokenValidityUnit.Days));
        snapshot.HasInputErrors.Should().BeFalse();
    }

    [Test]
    public void The_text_of_an_unknown_element_is_not_kept_because_it_could_be_a_secret()
    {
        var text = SnapshotText.Of(Load.Repository($"{Bad}/unknown-elements"));

        text.Should().Contain("isQuantumSafe");
        text.Should().NotContain("ES256");
    }

    [Test]
    public void A_file_with_the_wrong_root_element_is_an_error_and_creates_no_app()
    {
        var snapshot = Load.Repository($"{Bad}/wrong-root-element");

        snapshot.Apps.Should().BeEmpty();
        snapshot.Inputs.Should().ContainSingle().Which.Message.Should().Be("line 2, column 2: root element is <Profile>, expected <ConnectedApp> for a ConnectedApp file");
    }

    [Test]
    public void A_file_in_the_wrong_namespace_is_read_with_a_warning()
    {
        var snapshot = Load.Repository($"{Bad}/wrong-namespace");

        var definition = snapshot.Ca("Wrong_Namespace").Definition!;
        definition.OauthConfig!.IsPkceRequired.Value.Should().BeTrue();
        definition.OauthPolicy!.RefreshTokenPolicy.Value!.Kind.Should().Be(RefreshTokenPolicyKind.Zero);
        snapshot.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("http://example.com/not-salesforce");
        snapshot.HasInputErrors.Should().BeFalse();
    }

    [Test]
    public void A_named_pipe_among_the_files_is_reported_and_does_not_stop_the_scan()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("named pipes are made with mkfifo, on Linux");
        }

        temp.Write("export/connectedApps/Good.connectedApp-meta.xml", PaddedConnectedApp(0));
        var pipe = temp.Combine("export/connectedApps/Pipe.connectedApp-meta.xml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Nobody writes to the pipe: opening it the ordinary way would wait for a writer for ever, so the load runs on a
        // pool thread that the test can give up on.
        var load = Task.Run(() => Load.Paths(temp.Combine("export")));
        load.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("a named pipe must not hang the scan");
        var snapshot = load.Result;

        snapshot.Input("Pipe.connectedApp-meta.xml").Status.Should().Be(InputStatus.Error);
        snapshot.Input("Good.connectedApp-meta.xml").Status.Should().Be(InputStatus.Parsed);
        snapshot.Ca("Good").Definition!.Label.Value.Should().Be("Padded");
        snapshot.Apps.Should().ContainSingle();
    }

    [Test]
    public void A_link_to_an_endless_device_is_refused_at_the_size_limit_and_the_other_files_are_scanned()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("needs /dev/zero");
        }

        temp.Write("export/connectedApps/Good.connectedApp-meta.xml", PaddedConnectedApp(0));
        Directory.CreateDirectory(temp.Combine("export/connectedApps"));
        File.CreateSymbolicLink(temp.Combine("export/connectedApps/Zero.connectedApp-meta.xml"), "/dev/zero");

        var load = Task.Run(() => Load.Paths(new LoaderOptions { MaxFileBytes = 1024 * 1024 }, temp.Combine("export")));
        load.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("an endless file must be cut off at the size limit");
        var snapshot = load.Result;

        var zero = snapshot.Input("Zero.connectedApp-meta.xml");
        zero.Status.Should().Be(InputStatus.Error);
        zero.Message.Should().Contain("does not end within the 1 MB limit");
        zero.Sha256.Should().BeNull();
        snapshot.Ca("Good").Definition!.Label.Value.Should().Be("Padded");
    }

    [Test]
    public void A_folder_tree_nested_as_deep_as_a_path_allows_is_listed_to_the_bottom()
    {
        // Discovery lists folders depth first, one call per level: 1,800 levels (a path of about 3,600 characters, near
        // the 4,096 bytes Linux allows) must not run out of stack on a worker thread.
        var deep = string.Join('/', Enumerable.Repeat("d", 1800));
        temp.Write($"export/{deep}/Deep.connectedApp-meta.xml", PaddedConnectedApp(0));
        temp.Write("export/Top.connectedApp-meta.xml", PaddedConnectedApp(0));

        var snapshot = Task.Factory.StartNew(() => Load.Paths(new LoaderOptions { Parallelism = 2 }, temp.Combine("export")), TaskCreationOptions.LongRunning).Result;

        snapshot.Inputs.Select(i => i.Path).Should().Equal("Top.connectedApp-meta.xml", $"{deep}/Deep.connectedApp-meta.xml");
        snapshot.Inputs.Should().OnlyContain(i => i.Status == InputStatus.Parsed);
    }

    [Test]
    public void A_file_longer_than_one_read_is_read_whole()
    {
        var xml = Encoding.UTF8.GetBytes(PaddedConnectedApp(300 * 1024));
        temp.WriteBytes("export/connectedApps/Long.connectedApp-meta.xml", xml);

        var snapshot = Load.Paths(temp.Combine("export"));

        var input = snapshot.Input("Long.connectedApp-meta.xml");
        input.Status.Should().Be(InputStatus.Parsed);
        input.SizeBytes.Should().Be(xml.Length);
        input.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(xml)));
        snapshot.Ca("Long").Definition!.Label.Value.Should().Be("Padded");
    }

    [Test]
    public void Files_in_folders_with_non_ASCII_names_are_each_read_with_their_own_content()
    {
        // The reader writes each path as UTF-8 into a buffer it keeps per thread, a folder's part once for the files that
        // follow it, and hands the bytes back in another such buffer: each file must still get its own path and content.
        string[] folders = ["Données", "connectedApps", "日本語 apps", "a"];
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            var name = $"Café_{i:00}_ü";
            var label = $"Label {i} é {new string('z', i * 37)}.";
            temp.Write($"export/{folders[i % folders.Length]}/{name}.connectedApp-meta.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>{label}</label>
                </ConnectedApp>

                """);
            expected[name] = label;
        }

        var snapshot = Load.Paths(new LoaderOptions { Parallelism = 2 }, temp.Combine("export"));

        snapshot.Inputs.Should().HaveCount(40).And.OnlyContain(input => input.Status == InputStatus.Parsed);
        snapshot.Apps.Select(app => (app.Name, ((ConnectedApp)app).Definition!.Label.Value))
            .Should().BeEquivalentTo(expected.Select(pair => (pair.Key, (string?)pair.Value)));
    }

    [Test]
    public void A_load_leaves_no_file_or_folder_open()
    {
        if (!Directory.Exists("/proc/self/fd"))
        {
            Assert.Ignore("counts the process's descriptors in /proc/self/fd, on Linux");
        }

        // Each loading worker keeps the folder it reads from open; all of them must be closed when the load ends.
        for (var i = 0; i < 30; i++)
        {
            temp.Write($"export/folder{i % 6}/App{i}.connectedApp-meta.xml", PaddedConnectedApp(i));
        }

        var export = temp.Combine("export");

        var snapshot = Load.Paths(new LoaderOptions { Parallelism = 2 }, export);

        snapshot.Apps.Should().HaveCount(30);
        OpenPathsUnder(export).Should().BeEmpty();
    }

    /// <summary>
    /// What the process's open descriptors point to under <paramref name="folder"/> (file system entries, not files: a
    /// descriptor of a folder is a link to a folder).
    /// </summary>
    private static List<string> OpenPathsUnder(string folder) =>
        [.. Directory.GetFileSystemEntries("/proc/self/fd")
            .Select(descriptor =>
            {
                try
                {
                    return new FileInfo(descriptor).LinkTarget;
                }
                catch (IOException)
                {
                    return null; // closed since it was listed
                }
            })
            .OfType<string>()
            .Where(target => target.StartsWith(folder, StringComparison.Ordinal))];

    [Test]
    public void An_element_with_a_hundred_thousand_children_is_bound_in_one_pass_over_them()
    {
        // A hostile (or generated) file: 150,000 made-up elements, each once, then 20,000 profile names. Looking every
        // name up by scanning its siblings would take minutes; the scan must finish and report each made-up element once.
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
        for (var i = 0; i < 150_000; i++)
        {
            xml.Append("<made").Append(i).Append("/>\n");
        }

        for (var i = 0; i < 20_000; i++)
        {
            xml.Append("<profileName>Profile ").Append(i).Append("</profileName>\n");
        }

        xml.Append("<label>Wide</label>\n</ConnectedApp>\n");
        temp.Write("export/connectedApps/Wide.connectedApp-meta.xml", xml.ToString());

        var load = Task.Run(() => Load.Paths(temp.Combine("export")));
        load.Wait(TimeSpan.FromSeconds(120)).Should().BeTrue("binding must stay linear in the number of children");
        var snapshot = load.Result;

        var definition = snapshot.Ca("Wide").Definition!;
        definition.Label.Value.Should().Be("Wide");
        definition.ProfileNames.Should().HaveCount(20_000);
        definition.ProfileNames[^1].Value.Should().Be("Profile 19999");
        snapshot.UnknownElements.Should().HaveCount(150_000);
        snapshot.UnknownElements.Select(u => u.ElementPath).Distinct().Should().HaveCount(150_000);
    }

    [Test]
    public void A_file_on_one_line_is_read_in_one_pass_over_the_line()
    {
        // Minified XML: 60,000 elements on a single line of 2 MB. Working out each element's column from the start of its
        // line again would take hours; the scan must finish, with the columns right.
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">");
        for (var i = 0; i < 60_000; i++)
        {
            xml.Append("<profileName>Profile é ").Append(i).Append("</profileName>");
        }

        xml.Append("<label>Minified</label></ConnectedApp>");
        var text = xml.ToString();
        temp.Write("export/connectedApps/Minified.connectedApp-meta.xml", text);

        var load = Task.Run(() => Load.Paths(temp.Combine("export")));
        load.Wait(TimeSpan.FromSeconds(120)).Should().BeTrue("positions must be counted once along the line");
        var snapshot = load.Result;

        var definition = snapshot.Ca("Minified").Definition!;
        definition.ProfileNames.Should().HaveCount(60_000);
        definition.ProfileNames[^1].Location.Should().Be(new SourceLocation(snapshot.Inputs[0].Path, 1, text.LastIndexOf("<profileName>", StringComparison.Ordinal) + 2));
        definition.Label.Location.Should().Be(new SourceLocation(snapshot.Inputs[0].Path, 1, text.LastIndexOf("<label>", StringComparison.Ordinal) + 2));
    }

    [Test]
    public void A_UTF8_byte_order_mark_is_accepted()
    {
        var xml = PaddedConnectedApp(0);
        temp.WriteBytes("export/connectedApps/Bom.connectedApp-meta.xml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(xml)]);

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Inputs.Should().ContainSingle().Which.Status.Should().Be(InputStatus.Parsed);
        snapshot.Ca("Bom").Definition!.Label.Value.Should().Be("Padded");
    }

    [Test]
    public void The_documentation_samples_load_myeca_from_four_files_and_report_the_typo_in_the_fifth()
    {
        var snapshot = Load.Repository("tests/fixtures/docs-samples/metadata-api-guide");

        var app = snapshot.Eca("myeca");
        app.Header!.Description.Value.Should().Be("Test external client app");
        // The guide's sample says 0, outside the documented 1–720: kept as an invalid value, never used.
        app.GlobalOauth!.IdTokenConfig!.IdTokenValidityInMinutes.State.Should().Be(SettingState.Invalid);
        app.GlobalOauth.IdTokenConfig.IdTokenValidityInMinutes.RawText.Should().Be("0");
        app.OauthSettings!.TrustedIpRanges.Should().HaveCount(2);
        app.OauthSettings.CustomAttributes.Should().ContainSingle().Which.Formula.Value.Should().Be("User.Country");
        app.Policies!.StartPage.Value.Should().Be(EcaStartPage.OAuth);
        app.OauthPolicies.Should().BeNull();
        var errors = snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.Should().HaveCount(2);
        errors.Should().Contain(d => d.Location == new SourceLocation("force-app/main/default/extlClntAppOauthPolicies/myecapolicy.ecaOauthPlcy-meta.xml", 21, 29));
        errors.Should().Contain(d => d.Code == "invalid-value" && d.Message.Contains("outside the allowed range 1–720"));
    }

    private static string PaddedConnectedApp(int paddingBytes) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <!-- {new string('x', paddingBytes)} -->
            <contactEmail>ops@acme.example</contactEmail>
            <label>Padded</label>
        </ConnectedApp>

        """;
}
