using System.Text.Encodings.Web;
using System.Text.Json;
using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Sarif;

/// <summary>
/// results.sarif: SARIF 2.1.0 for code-scanning tools (GitHub code scanning among them). One run; every rule with its
/// help and <c>security-severity</c>; a result for each open and each waived finding, with a fingerprint that survives
/// file moves, the risk acceptance as a suppression and, with a baseline, the baseline state.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public const string ToolName = "HealthReview";

    /// <summary>GitHub code scanning keeps at most ten tags per rule.</summary>
    public const int MaxTags = 10;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "sarif";

    public string FileName => "results.sarif";

    public void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var rules = RuleDescriptors(result);
        var ruleIndexes = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var appFiles = new Dictionary<(string, AppKind), IReadOnlyList<string>>();
        foreach (var app in result.Snapshot.Apps)
        {
            appFiles.TryAdd((app.Name, app.Kind), app.Files);
        }

        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteString("version", Clean(result.Tool.Version));
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("rulesVersion", Clean(result.Tool.RulesVersion));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("automationDetails");
            json.WriteString("id", "healthreview/" + ReportText.Timestamp(result.GeneratedAt));
            json.WriteEndObject();

            WriteInvocation(json, result);
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var finding in result.Findings.Where(f => f.Status is FindingStatus.Fail or FindingStatus.Waived))
            {
                WriteResult(json, result, finding, ruleIndexes, appFiles);
            }

            json.WriteEndArray();
            WriteRunProperties(json, result);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>SARIF level: critical and high are errors, medium a warning, low (and a zero score) a note.</summary>
    public static string Level(CvssSeverity severity) => severity switch
    {
        CvssSeverity.Critical or CvssSeverity.High => "error",
        CvssSeverity.Medium => "warning",
        _ => "note",
    };

    /// <summary>The rule id's words in PascalCase: <c>PKCE-REQUIRED</c> → <c>PkceRequired</c>.</summary>
    public static string RuleName(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var words = ruleId.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    /// <summary>
    /// The rule's tags: security, salesforce, oauth, its kinds of app, then its compliance ids as
    /// <c>external/&lt;framework&gt;/&lt;id&gt;</c>; at most <see cref="MaxTags"/>.
    /// </summary>
    public static IReadOnlyList<string> Tags(RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var tags = new List<string> { "security", "salesforce", "oauth" };
        tags.AddRange(rule.Kinds.Select(k => k.Kind.ToString()));
        foreach (var (framework, ids) in rule.Compliance)
        {
            tags.AddRange(ids.Select(id => "external/" + framework + "/" + id));
        }

        return [.. tags.Select(ReportText.ValidUnicode).Distinct(StringComparer.Ordinal).Take(MaxTags)];
    }

    /// <summary>The highest base score over the rule's kinds, as GitHub's <c>security-severity</c> string (<c>8.1</c>).</summary>
    public static string? SecuritySeverity(RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Kinds.Count == 0 ? null : ReportText.Score(rule.Kinds.Max(k => k.BaseScore));
    }

    private static List<RuleInfo> RuleDescriptors(ScanResult result)
    {
        var rules = result.Rules.DistinctBy(r => r.Id, StringComparer.Ordinal).ToList();
        var known = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        // A result re-rendered from a file may name a rule it does not describe; give it a bare descriptor.
        foreach (var id in result.Findings.Select(f => f.RuleId).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            rules.Add(new RuleInfo
            {
                Id = id,
                Title = id,
                Revision = 0,
                Recommended = string.Empty,
                Overview = string.Empty,
                SecurityRisk = string.Empty,
                ThreatScenarios = string.Empty,
                RiskImpact = string.Empty,
                HigherRiskWhen = string.Empty,
                LowRiskWhen = string.Empty,
                BusinessConsiderations = string.Empty,
                Kinds = [],
                RiskSource = string.Empty,
                Source = string.Empty,
                Sha256 = string.Empty,
            });
        }

        return rules;
    }

    private static void WriteRule(Utf8JsonWriter json, RuleInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", Clean(rule.Id));
        json.WriteString("name", Clean(RuleName(rule.Id)));
        WriteMessage(json, "shortDescription", rule.Title);
        if (!string.IsNullOrWhiteSpace(rule.Overview))
        {
            WriteMessage(json, "fullDescription", rule.Overview);
        }

        if (!string.IsNullOrWhiteSpace(rule.Recommended))
        {
            json.WriteStartObject("help");
            json.WriteString("text", SarifRuleHelp.Text(rule));
            json.WriteString("markdown", SarifRuleHelp.Markdown(rule));
            json.WriteEndObject();
        }

        var helpUri = rule.References
            .Select(r => Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null)
            .FirstOrDefault(u => u is not null);
        if (helpUri is not null)
        {
            json.WriteString("helpUri", helpUri.AbsoluteUri);
        }

        var securitySeverity = SecuritySeverity(rule);
        if (securitySeverity is not null)
        {
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(CvssSeverityScale.FromScore(rule.Kinds.Max(k => k.BaseScore))));
            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        if (securitySeverity is not null)
        {
            json.WriteString("security-severity", securitySeverity);
        }

        json.WriteStartArray("tags");
        foreach (var tag in Tags(rule))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        if (rule.Revision > 0)
        {
            json.WriteNumber("revision", rule.Revision);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, ScanResult result)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteString("endTimeUtc", ReportText.Timestamp(result.GeneratedAt));
        var diagnostics = result.Snapshot.Diagnostics;
        if (diagnostics.Count > 0)
        {
            // Input problems (unreadable or odd files) are the tool's notes about this run, not findings.
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("level", diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "note",
                });
                WriteMessage(json, "message", diagnostic.Message);
                if (!string.IsNullOrEmpty(diagnostic.Location.Path))
                {
                    json.WriteStartArray("locations");
                    WriteLocation(json, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column, null);
                    json.WriteEndArray();
                }

                if (!string.IsNullOrEmpty(diagnostic.Code))
                {
                    json.WriteStartObject("descriptor");
                    json.WriteString("id", Clean(diagnostic.Code));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, ScanResult result, Finding finding, Dictionary<string, int> ruleIndexes, Dictionary<(string, AppKind), IReadOnlyList<string>> appFiles)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", Clean(finding.RuleId));
        json.WriteNumber("ruleIndex", ruleIndexes[finding.RuleId]);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", MessageText(finding));

        json.WriteStartArray("locations");
        if (finding.Location is { } location)
        {
            WriteLocation(json, location.Path, location.Line ?? 0, 0, null);
        }
        else if (FallbackPath(result, finding, appFiles) is { } path)
        {
            WriteLocation(json, path, 0, 0, "No single element decides this finding; this is the app's file to change.");
        }

        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifFingerprint.Key, SarifFingerprint.Compute(finding.RuleId, finding.AppKind, finding.App));
        json.WriteEndObject();

        if (finding.Baseline is { } baseline)
        {
            json.WriteString("baselineState", ReportText.BaselineWord(baseline));
        }

        if (finding.Status == FindingStatus.Waived && finding.Acceptance is { } acceptance)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", Clean($"{acceptance.Reason} ({acceptance.Owner}, until {ReportText.Date(acceptance.Expires)})"));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("app", Clean(finding.App));
        json.WriteString("appKind", finding.AppKind.ToString());
        json.WriteString("status", ReportText.StatusWord(finding.Status));
        json.WriteString("severity", ReportText.SeverityWord(finding.Severity));
        if (finding.Cvss is { } cvss)
        {
            json.WriteNumber("cvssScore", Math.Round(cvss.Score, 1));
            json.WriteNumber("cvssBaseScore", Math.Round(cvss.BaseScore, 1));
            json.WriteString("cvssVector", Clean(cvss.ContextualVector));
            if (!string.Equals(cvss.Vector, cvss.ContextualVector, StringComparison.Ordinal))
            {
                json.WriteString("cvssBaseVector", Clean(cvss.Vector));
            }
        }

        if (finding.Expected is { } expected)
        {
            json.WriteString("expected", Clean(expected));
        }

        if (finding.Actual is { } actual)
        {
            json.WriteString("actual", Clean(actual));
        }

        if (finding.Acceptance is { Expired: true } expired)
        {
            json.WriteString("acceptanceExpired", ReportText.Date(expired.Expires));
        }

        if (finding.Reasons.Count > 0)
        {
            json.WriteStartArray("reasons");
            foreach (var reason in finding.Reasons)
            {
                json.WriteStringValue(Clean(reason));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string MessageText(Finding finding)
    {
        var text = $"{finding.App} ({ReportText.KindLabel(finding.AppKind)}): {finding.Message}";
        if (finding.Expected is not null || finding.Actual is not null)
        {
            text += $" Expected: {finding.Expected ?? "—"}; actual: {finding.Actual ?? "—"}.";
        }

        if (finding.Status == FindingStatus.Waived && finding.Acceptance is { } acceptance)
        {
            text += $" Risk accepted by {acceptance.Owner} until {ReportText.Date(acceptance.Expires)}.";
        }

        return text;
    }

    /// <summary>A finding with no deciding element points at its app's first file (the org settings file for Org).</summary>
    private static string? FallbackPath(ScanResult result, Finding finding, Dictionary<(string, AppKind), IReadOnlyList<string>> appFiles)
    {
        if (appFiles.TryGetValue((finding.App, finding.AppKind), out var files) && files.Count > 0)
        {
            return files[0];
        }

        if (finding.AppKind == AppKind.Org && result.Snapshot.OrgSettings is { } settings)
        {
            return settings.SourceFile;
        }

        return result.Snapshot.Inputs.FirstOrDefault(i => i.Status == InputStatus.Parsed)?.Path;
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, int line, int column, string? message)
    {
        var artifact = SarifArtifactLocation.FromPath(path);
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", artifact.Uri);
        if (artifact.UriBaseId is { } baseId)
        {
            json.WriteString("uriBaseId", baseId);
        }

        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (column > 0)
            {
                json.WriteNumber("startColumn", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (message is not null)
        {
            WriteMessage(json, "message", message);
        }

        json.WriteEndObject();
    }

    private static void WriteRunProperties(Utf8JsonWriter json, ScanResult result)
    {
        json.WriteStartObject("properties");
        if (result.Summary is { } summary)
        {
            if (summary.Org.Score is { } score)
            {
                json.WriteNumber("postureScore", Math.Round(score, 1));
            }

            json.WriteString("grade", Clean(summary.Org.Grade));
            json.WriteBoolean("gatePassed", summary.Gate.Passed);
        }

        if (result.Baseline is { ScoreChange: { } change })
        {
            json.WriteNumber("scoreChange", Math.Round(change, 1));
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", Clean(text));
        json.WriteEndObject();
    }

    private static string Clean(string? text) => ReportText.ValidUnicode(text);
}
