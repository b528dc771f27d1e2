using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine.Config;
using HealthReview.Engine.Tests.Support;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// One row of a control table: which control, for which kind of app, in which situation, and the status controls.md
/// says it must get. <see cref="Mentions"/> is a fragment the finding's message must contain (e.g. the missing file);
/// <see cref="Config"/> is an optional healthreview.yaml for the scan.
/// </summary>
public sealed record ControlCase(string RuleId, AppKind Kind, string Situation, Action<TestExport, string> Arrange, FindingStatus Expected, string? Mentions = null, string? Config = null)
{
    /// <summary>The app every row configures.</summary>
    public const string App = "App_Under_Test";

    public static ControlCase Eca(string ruleId, string situation, Action<EcaAppSpec> arrange, FindingStatus expected, string? mentions = null, string? config = null) =>
        new(ruleId, AppKind.ExternalClientApp, situation, (export, app) => arrange(export.Eca(app)), expected, mentions, config);

    public static ControlCase Ca(string ruleId, string situation, Action<ConnectedAppSpec> arrange, FindingStatus expected, string? mentions = null, string? config = null) =>
        new(ruleId, AppKind.ConnectedApp, situation, (export, app) => arrange(export.ConnectedApp(app)), expected, mentions, config);

    /// <summary>A config file with one attestation for <see cref="App"/>.</summary>
    public static string Attestation(string ruleId, string value) => $"""
        attestations:
          - rule: {ruleId}
            app: {App}
            value: {value}
            by: jane.doe@example.com
            date: 2026-05-01
        """;

    /// <summary>Builds the export, scans it and returns this row's finding.</summary>
    public Finding Run()
    {
        using var export = new TestExport();
        Arrange(export, App);
        var config = Config is null ? ScanConfig.Empty : ScanConfigLoader.Parse(Config, "healthreview.yaml", BuiltInRules.Catalog);
        return export.Scan(config).Finding(RuleId, App);
    }

    public TestCaseData ToTestCase() =>
        new TestCaseData(this).SetArgDisplayNames($"{RuleId} {(Kind == AppKind.ExternalClientApp ? "ECA" : "CA")}: {Situation} → {Expected}");

    public override string ToString() => $"{RuleId} {Kind}: {Situation} → {Expected}";
}
