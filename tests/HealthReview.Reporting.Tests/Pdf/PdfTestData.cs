using System.Globalization;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine;
using HealthReview.Engine.Config;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Scoring;
using HealthReview.Loaders;
using HealthReview.Reporting.Tests.Support;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>
/// The results the PDF tests render: the bundled sample scanned with the built-in rules (as <c>healthreview scan</c> does),
/// with a config that accepts one risk and lets another acceptance expire, and large synthetic reports built from it.
/// </summary>
public static class PdfTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public const string Config = """
        thresholds:
          IDTOKEN-LIFETIME: { maxMinutes: 5 }
        acceptances:
          - rule: DEVICE-FLOW-DISABLED
            app: Partner_Portal
            reason: "Kiosk devices without a browser; tracked in SEC-1422 with compensating controls"
            owner: "secops@example.com"
            expires: 2027-03-31
          - rule: IP-RELAXATION
            app: Field_Service_Mobile
            reason: "Field technicians roam between carrier networks"
            owner: "mobile-team@example.com"
            expires: 2026-06-30
        attestations:
          - rule: REFRESH-IP-ALLOWLIST
            app: Acme_Data_Sync
            value: enforced
            by: "jane.doe@example.com"
            date: 2026-10-01
        context:
          apps:
            Acme_Data_Sync: { sensitiveData: true }
        """;

    public const string ConfigPath = "samples/acme-org/healthreview.yaml";

    private static readonly Lazy<ScanResult> SampleResult = new(ScanSample);

    /// <summary>samples/acme-org, scanned with the built-in rules and <see cref="Config"/>.</summary>
    public static ScanResult Sample() => SampleResult.Value;

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HealthReview.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HealthReview.sln) was not found above the test directory.");
    }

    /// <summary>
    /// A report of <paramref name="apps"/> apps: the sample's apps, findings and input files repeated under numbered names,
    /// so every copy carries the real rules' text and the sample's mix of statuses.
    /// </summary>
    public static ScanResult Large(int apps)
    {
        var sample = Sample();
        var builder = new ScanResultBuilder();
        foreach (var rule in sample.Rules)
        {
            builder.Rule(rule);
        }

        var originals = sample.Snapshot.Apps;
        for (var i = 0; i < apps; i++)
        {
            var original = originals[i % originals.Count];
            var name = string.Create(CultureInfo.InvariantCulture, $"{original.Name}_{i / originals.Count:0000}");
            builder.App(name, original.Kind, [.. original.Files.Select(f => f.Replace(original.Name, name, StringComparison.Ordinal))]);
            foreach (var finding in sample.Findings.Where(f => f.App == original.Name && f.AppKind == original.Kind))
            {
                builder.Finding(finding with
                {
                    App = name,
                    Location = finding.Location is { } l ? l with { Path = l.Path.Replace(original.Name, name, StringComparison.Ordinal) } : null,
                });
            }
        }

        return builder.Gate(CvssSeverity.High).Build() with { GeneratedAt = Now };
    }

    private static ScanResult ScanSample()
    {
        var (catalog, errors) = RuleCatalogLoader.Load();
        errors.Should().BeEmpty("the built-in rules load");
        // As ScanConfigLoader.Load reads a file: the text, its display path and the SHA-256 of its bytes.
        var config = ScanConfigLoader.Parse(Config, ConfigPath, catalog!) with
        {
            Source = ConfigPath,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Config))),
        };
        var snapshot = new ExportLoader().Load([Path.Combine(RepositoryRoot(), "samples", "acme-org")]);
        var loaded = new ScanResult
        {
            Tool = new ToolInfo("healthreview", "0.1.0", "none"),
            GeneratedAt = Now,
            Snapshot = snapshot with { ScannedPaths = ["samples/acme-org"] },
        };
        return ScanEvaluator.Evaluate(loaded, catalog!, config, GatePolicy.Default);
    }
}
