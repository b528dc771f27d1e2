using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Model.ConnectedApps;
using HealthReview.Core.Model.ExternalClientApps;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Tests.Html.Support;

/// <summary>
/// Scan results for the HTML report's tests, built in code so they do not depend on the rule pack: a small rich one
/// that uses every part of the page, a synthetic one of any size, and one whose every string is hostile.
/// </summary>
public static class SampleResults
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 1, 31, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] RuleIds = ["PKCE-REQUIRED", "REFRESH-ROTATION", "IP-RELAXATION", "SECRET-REFRESH", "SCOPE-LEAST-PRIVILEGE", "SESSION-TIMEOUT"];

    /// <summary>Seven findings per app over six controls, every status, acceptances, attestations and a baseline.</summary>
    public static ScanResult Rich()
    {
        var apps = new (string Name, AppKind Kind, string Label)[]
        {
            ("Acme_Customer_Portal", AppKind.ExternalClientApp, "Acme Customer Portal"),
            ("Acme_Mobile_App", AppKind.ConnectedApp, "Acme Mobile"),
            ("Field_Service_Mobile", AppKind.ExternalClientApp, "Field Service Mobile"),
            ("Postman_Legacy", AppKind.ConnectedApp, "Postman (legacy)"),
        };
        FindingStatus[][] pattern =
        [
            [FindingStatus.Pass, FindingStatus.Pass, FindingStatus.Fail, FindingStatus.Pass, FindingStatus.NotApplicable, FindingStatus.NotEvaluated],
            [FindingStatus.Fail, FindingStatus.Waived, FindingStatus.Pass, FindingStatus.Fail, FindingStatus.Pass, FindingStatus.Pass],
            [FindingStatus.Pass, FindingStatus.Fail, FindingStatus.NotEvaluated, FindingStatus.Pass, FindingStatus.Pass, FindingStatus.NotApplicable],
            [FindingStatus.Fail, FindingStatus.Fail, FindingStatus.Fail, FindingStatus.Fail, FindingStatus.Fail, FindingStatus.Pass],
        ];
        double[] scores = [8.1, 7.4, 6.5, 9.6, 10.0, 3.1];
        var findings = new List<Finding>();
        for (var a = 0; a < apps.Length; a++)
        {
            for (var r = 0; r < RuleIds.Length; r++)
            {
                var status = pattern[a][r];
                findings.Add(MakeFinding(RuleIds[r], apps[a].Name, apps[a].Kind, status, scores[r] - (a * 0.1), a * 10 + r) with
                {
                    Acceptance = status == FindingStatus.Waived ? new AcceptanceInfo("Kiosk devices rotate tokens out of band", "secops@acme.example", new DateOnly(2026, 6, 30), false) : null,
                    Baseline = status is FindingStatus.Fail or FindingStatus.Waived ? (r % 2 == 0 ? BaselineState.New : BaselineState.Unchanged) : null,
                });
            }
        }

        findings.Add(MakeFinding("SECRET-REFRESH", "org", AppKind.Org, FindingStatus.Fail, 7.5, 99));
        return Result(
            findings,
            [.. RuleIds.Select(Rule)],
            [.. apps.Select(a => App(a.Name, a.Kind, a.Label, $"{a.Label}: used by the {a.Name.Split('_')[0]} team."))]) with
        {
            Config = new ConfigInfo(
                "healthreview.yaml",
                new string('c', 64),
                [
                    new AcceptanceDeclaration("REFRESH-ROTATION", "Acme_Mobile_App", "Kiosk devices rotate tokens out of band", "secops@acme.example", new DateOnly(2026, 6, 30), false, true),
                    new AcceptanceDeclaration("PKCE-REQUIRED", "Postman_Legacy", "Vendor tool, retired in Q1", "it@acme.example", new DateOnly(2025, 12, 31), true, true),
                    new AcceptanceDeclaration("IP-RELAXATION", "Nobody", "Old app", "it@acme.example", new DateOnly(2026, 12, 31), false, false),
                ],
                [new AttestationDeclaration("SESSION-TIMEOUT", "Acme_Customer_Portal", "enforced", "jane.doe@acme.example", new DateOnly(2026, 1, 10), true)]),
            Baseline = new BaselineComparison(
                "previous/results.json",
                "2025-12-31T09:30:00Z",
                41.2,
                7.3,
                [new ResolvedFinding("TRUSTED-IP-RANGES", "Acme_Data_Sync", AppKind.ExternalClientApp, CvssSeverity.High, 7.7, "Trusted IP range 0.0.0.0–255.255.255.255 covers every address.", FindingStatus.Pass)]),
        };
    }

    /// <summary><paramref name="count"/> findings over 22 controls, for size and speed measurements.</summary>
    public static ScanResult Synthetic(int count)
    {
        var rules = Enumerable.Range(0, 22).Select(i => i < RuleIds.Length ? RuleIds[i] : $"CONTROL-{i:00}").ToArray();
        var appCount = (count + rules.Length - 1) / rules.Length;
        var apps = Enumerable.Range(0, appCount).Select(i => (Name: $"Synthetic_App_{i:00000}", Kind: i % 3 == 0 ? AppKind.ConnectedApp : AppKind.ExternalClientApp)).ToArray();
        FindingStatus[] cycle = [FindingStatus.Pass, FindingStatus.Fail, FindingStatus.Pass, FindingStatus.NotApplicable, FindingStatus.Fail, FindingStatus.NotEvaluated, FindingStatus.Pass, FindingStatus.Waived];
        var findings = new List<Finding>(count);
        for (var i = 0; i < count; i++)
        {
            var app = apps[i / rules.Length];
            var status = cycle[(i * 7 + (i / rules.Length)) % cycle.Length];
            findings.Add(MakeFinding(rules[i % rules.Length], app.Name, app.Kind, status, 2.5 + ((i * 37) % 75) / 10.0, i));
        }

        return Result(findings, [.. rules.Select(Rule)], [.. apps.Select(a => App(a.Name, a.Kind, a.Name.Replace('_', ' '), null))]);
    }

    public static Finding MakeFinding(string rule, string app, AppKind kind, FindingStatus status, double score, int seed)
    {
        var counts = status is FindingStatus.Fail or FindingStatus.Waived;
        var severity = !counts ? CvssSeverity.None : score >= 9 ? CvssSeverity.Critical : score >= 7 ? CvssSeverity.High : score >= 4 ? CvssSeverity.Medium : CvssSeverity.Low;
        var file = kind == AppKind.ConnectedApp ? $"force-app/main/default/connectedApps/{app}.connectedApp-meta.xml" : $"force-app/main/default/extlClntAppGlobalOauthSets/{app}_glbloauth.ecaGlblOauth-meta.xml";
        var modifiers = status == FindingStatus.Fail && seed % 2 == 0
            ? new[] { new AppliedModifier("public-client", "higher", new Dictionary<string, string> { ["MAC"] = "L" }, "The client is public, so an intercepted code is all an attacker needs.") }
            : [];
        return new Finding
        {
            RuleId = rule,
            App = app,
            AppKind = kind,
            Status = status,
            Severity = severity,
            Cvss = new FindingCvss("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", modifiers.Length > 0 ? "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N/MAC:L" : "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4, Math.Round(score, 1), new ScoreRange(7.0, 8.9), seed % 5 == 0 ? "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N" : null),
            Expected = status == FindingStatus.NotApplicable ? null : "true",
            Actual = status switch { FindingStatus.Pass => "true", FindingStatus.NotEvaluated or FindingStatus.NotApplicable => null, _ => "false" },
            Location = status is FindingStatus.NotEvaluated or FindingStatus.NotApplicable ? null : new FindingLocation(file, 4 + (seed % 20)),
            Message = status switch
            {
                FindingStatus.Pass => $"Met: {rule} holds for {app}.",
                FindingStatus.NotApplicable => "Not applicable: the app has no OAuth settings.",
                FindingStatus.NotEvaluated => "Not evaluated: the .ecaGlblOauth file was not retrieved.",
                FindingStatus.Waived => $"Waived: {rule} fails for {app}, covered by a risk acceptance.",
                _ => $"Not met: {rule} is 'false' in {app}; expected true.",
            },
            Reasons = status == FindingStatus.NotEvaluated
                ? ["The export holds no ExtlClntAppGlobalOauthSettings file for this app; retrieve it with 'sf project retrieve start -m ExtlClntAppGlobalOauthSettings'."]
                : [$"<isPkceRequired> is '{(status == FindingStatus.Pass ? "true" : "false")}' ({file}:{4 + (seed % 20)})."],
            Modifiers = modifiers,
        };
    }

    public static RuleInfo Rule(string id) => new()
    {
        Id = id,
        Title = id switch
        {
            "PKCE-REQUIRED" => "PKCE is required",
            "REFRESH-ROTATION" => "Refresh tokens rotate",
            "IP-RELAXATION" => "IP restrictions are enforced",
            "SECRET-REFRESH" => "Secret required for the refresh token flow",
            "SCOPE-LEAST-PRIVILEGE" => "Scopes follow least privilege",
            "SESSION-TIMEOUT" => "App sessions time out within an hour",
            _ => $"Synthetic control {id}",
        },
        Revision = 1,
        Recommended = "Require the setting for every supported flow.",
        Overview = "Proof Key for Code Exchange binds an authorization code to the client that asked for it, so a code captured on its way back cannot be redeemed by anyone else.",
        SecurityRisk = "When the setting is off, Salesforce cannot tell whether the party redeeming a code is the one that started the login.",
        ThreatScenarios = "A malicious app registers the same custom URL scheme and captures the authorization code during a normal login.",
        RiskImpact = "An attacker receives access and refresh tokens with the user's permissions for the app's scopes.",
        HigherRiskWhen = "The client is public and cannot keep a secret.",
        LowRiskWhen = "Only confidential clients on protected servers use the app.",
        BusinessConsiderations = "Clients must send a code challenge; current OAuth libraries do this.",
        Kinds =
        [
            new RuleKindInfo(AppKind.ExternalClientApp, "External Client Apps: Security: Require PKCE", "Setup → External Client Apps → External Client App Manager → (app) → Edit Settings → OAuth Settings → Security → Require PKCE → Save.", "extlClntAppGlobalOauthSets/<App>.ecaGlblOauth-meta.xml", "<isPkceRequired>true</isPkceRequired>\n", new ScoreRange(7.0, 8.9), "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4, null),
            new RuleKindInfo(AppKind.ConnectedApp, null, "Setup → App Manager → (app) → Edit → API (Enable OAuth Settings) → Require PKCE → Save.", "connectedApps/<App>.connectedApp-meta.xml", "<oauthConfig>\n    <isPkceRequired>true</isPkceRequired>\n</oauthConfig>\n", new ScoreRange(7.0, 8.9), "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4, "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N"),
            new RuleKindInfo(AppKind.Org, null, "Setup → External Client App Settings.", "settings/ExternalClientApp.settings-meta.xml", "<enableConsumerSecretApiAccess>false</enableConsumerSecretApiAccess>", new ScoreRange(7.0, 8.9), "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4, null),
        ],
        References = [new RuleReferenceInfo("RFC 7636 — Proof Key for Code Exchange", "https://www.rfc-editor.org/rfc/rfc7636")],
        Compliance = new Dictionary<string, IReadOnlyList<string>> { ["nist80053"] = ["IA-2", "SC-23"], ["soc2"] = ["CC6.1"] },
        RiskSource = "shr",
        RiskSourceNote = "SHR \"Require PKCE\", High 7.0–8.9.",
        Thresholds = id == "SESSION-TIMEOUT" ? new Dictionary<string, double> { ["maxMinutes"] = 60 } : new Dictionary<string, double>(),
        Source = $"built-in:rules/{id}.yaml",
        Sha256 = new string('a', 64),
    };

    public static OAuthClient App(string name, AppKind kind, string? label, string? description)
    {
        var location = new SourceLocation($"force-app/main/default/{name}.xml", 2, 1);
        Setting<string> Text(string? value) => value is null ? Setting<string>.Absent : Setting<string>.Of(value, value, location);
        return kind == AppKind.ConnectedApp
            ? new ConnectedApp { Name = name, Files = [$"force-app/main/default/connectedApps/{name}.connectedApp-meta.xml"], Definition = new ConnectedAppDefinition { Location = location, Label = Text(label), Description = Text(description) } }
            : new ExternalClientApp { Name = name, Files = [$"force-app/main/default/externalClientApps/{name}.eca-meta.xml", $"force-app/main/default/extlClntAppGlobalOauthSets/{name}_glbloauth.ecaGlblOauth-meta.xml"], Header = new EcaHeader { Location = location, Label = Text(label), Description = Text(description) } };
    }

    public static ScanResult Result(IReadOnlyList<Finding> findings, IReadOnlyList<RuleInfo> rules, IReadOnlyList<OAuthClient> apps)
    {
        var open = findings.Where(f => f.IsOpen).ToList();
        var evaluated = findings.Count(f => f.Status is FindingStatus.Pass or FindingStatus.Fail or FindingStatus.Waived);
        var appScores = findings.Where(f => f.AppKind != AppKind.Org).GroupBy(f => (f.App, f.AppKind)).OrderBy(g => g.Key.App, StringComparer.Ordinal).Select(g =>
        {
            var failed = g.Count(f => f.IsOpen);
            var counted = g.Count(f => f.Status is FindingStatus.Pass or FindingStatus.Fail or FindingStatus.Waived);
            double? score = counted == 0 ? null : Math.Round(100.0 * (counted - failed) / counted, 1);
            return new AppScore(g.Key.App, g.Key.AppKind, new PostureScore(score, Grade.For(score), counted, g.Count(f => f.Status == FindingStatus.NotApplicable), g.Count(f => f.Status == FindingStatus.NotEvaluated), g.Count()));
        }).ToList();
        var orgScore = evaluated == 0 ? (double?)null : Math.Round(100.0 * (evaluated - open.Count) / evaluated, 1);
        var inputs = apps.SelectMany(a => a.Files).Select((f, i) => new InputFile(f, i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), 1200 + i, "ConnectedApp", InputStatus.Parsed, null)).ToList();
        inputs.Add(new InputFile("force-app/main/default/connectedApps/Broken.connectedApp-meta.xml", new string('b', 64), 77, "ConnectedApp", InputStatus.Error, "The XML is not well-formed: unexpected end of file", 3, 14));
        inputs.Add(new InputFile("force-app/main/default/README.md", new string('d', 64), 12, null, InputStatus.Ignored, "Not a metadata file"));
        return new ScanResult
        {
            Tool = new ToolInfo("healthreview", "0.1.0", "22 rules, sha256:53ba62fc3198"),
            GeneratedAt = GeneratedAt,
            Snapshot = new ExportSnapshot
            {
                Inputs = inputs,
                Apps = apps,
                Diagnostics = [new InputDiagnostic(DiagnosticSeverity.Error, "xml-malformed", new SourceLocation("force-app/main/default/connectedApps/Broken.connectedApp-meta.xml", 3, 14), "The XML is not well-formed: unexpected end of file")],
                UnknownElements = [new UnknownElement("ConnectedApp", "oauthConfig/newField", new SourceLocation("force-app/main/default/connectedApps/Acme_Mobile_App.connectedApp-meta.xml", 9, 9))],
                SecretMarkers = [new SecretMarker(SecretKind.ConsumerSecret, new SourceLocation("force-app/main/default/connectedApps/Postman_Legacy.connectedApp-meta.xml", 7, 9), "Postman_Legacy", AppKind.ConnectedApp)],
                ScannedPaths = ["samples/acme-org"],
            },
            Findings = findings,
            Rules = rules,
            Summary = new ScanSummary(
                new PostureScore(orgScore, Grade.For(orgScore), evaluated, findings.Count(f => f.Status == FindingStatus.NotApplicable), findings.Count(f => f.Status == FindingStatus.NotEvaluated), findings.Count),
                appScores,
                open.Count(f => f.Severity == CvssSeverity.Critical),
                open.Count(f => f.Severity == CvssSeverity.High),
                open.Count(f => f.Severity == CvssSeverity.Medium),
                open.Count(f => f.Severity == CvssSeverity.Low),
                new GateResult(CvssSeverity.High, null, false, [.. open.Where(f => f.Severity >= CvssSeverity.High).Take(3).Select(f => $"{f.RuleId} on {f.App}: {f.Severity} {f.Cvss?.Score:0.0}")])),
        };
    }
}
