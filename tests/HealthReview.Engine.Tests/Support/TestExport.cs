using System.Text;
using HealthReview.Core.Results;
using HealthReview.Engine.Config;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Scoring;
using HealthReview.Loaders;

namespace HealthReview.Engine.Tests.Support;

/// <summary>
/// A small SFDX export in a temporary folder, built from a few overrides, then read with <see cref="ExportLoader"/> and
/// evaluated with the built-in catalogue, exactly as <c>healthreview scan</c> does. Deleted on dispose.
/// </summary>
public sealed class TestExport : IDisposable
{
    /// <summary>The report clock the tests use unless they say otherwise.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<EcaAppSpec> ecas = [];
    private readonly List<ConnectedAppSpec> connectedApps = [];
    private readonly Dictionary<string, string> extraFiles = new(StringComparer.Ordinal);
    private MetadataXml? orgSettings;

    public TestExport()
    {
        Folder = Path.Combine(Path.GetTempPath(), "healthreview-engine-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The scanned folder.</summary>
    public string Folder { get; }

    /// <summary>Where the metadata folders go, relative to <see cref="Folder"/>.</summary>
    public string PackageDirectory { get; set; } = "force-app/main/default";

    /// <summary>The External Client App with this name, created well configured on first use.</summary>
    public EcaAppSpec Eca(string name)
    {
        var app = ecas.FirstOrDefault(a => a.Name == name);
        if (app is null)
        {
            app = new EcaAppSpec(name);
            ecas.Add(app);
        }

        return app;
    }

    /// <summary>The Connected App with this name, created well configured on first use.</summary>
    public ConnectedAppSpec ConnectedApp(string name)
    {
        var app = connectedApps.FirstOrDefault(a => a.Name == name);
        if (app is null)
        {
            app = new ConnectedAppSpec(name);
            connectedApps.Add(app);
        }

        return app;
    }

    /// <summary>
    /// The org settings file <c>settings/ExternalClientApp.settings-meta.xml</c>; created on first use with the
    /// recommended values (no consumer secret access through the Metadata or REST API).
    /// </summary>
    public TestExport OrgSetting(string element, string? value)
    {
        orgSettings ??= new MetadataXml("ExternalClientAppSettings")
            .Set("enableClientSecretInRestApiAccess", "false")
            .Set("enableConsumerSecretApiAccess", "false")
            .Set("enableExternalClientApps", "true");
        orgSettings.Set(element, value);
        return this;
    }

    /// <summary>Any other file, relative to <see cref="Folder"/>.</summary>
    public TestExport File(string relativePath, string content)
    {
        extraFiles[relativePath] = content;
        return this;
    }

    /// <summary>Writes the export (replacing what an earlier scan wrote), loads and evaluates it.</summary>
    public ScanOutcome Scan(ScanConfig? config = null, RuleCatalog? catalog = null, DateTimeOffset? now = null, GatePolicy? gate = null)
    {
        Write();
        var snapshot = new ExportLoader().Load([Folder]);
        var loaded = new ScanResult { Tool = new ToolInfo("healthreview", "test", "none"), GeneratedAt = now ?? DefaultNow, Snapshot = snapshot };
        return new ScanOutcome(ScanEvaluator.Evaluate(loaded, catalog ?? BuiltInRules.Catalog, config ?? ScanConfig.Empty, gate ?? GatePolicy.Default));
    }

    /// <summary>Writes the files without scanning; returns <see cref="Folder"/>.</summary>
    public string Write()
    {
        foreach (var entry in new DirectoryInfo(Folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        foreach (var app in ecas)
        {
            foreach (var (relative, content) in app.Render())
            {
                WriteFile($"{PackageDirectory}/{relative}", content);
            }
        }

        foreach (var app in connectedApps)
        {
            WriteFile($"{PackageDirectory}/{app.RelativePath}", app.Xml.ToXml());
        }

        if (orgSettings is not null)
        {
            WriteFile($"{PackageDirectory}/settings/ExternalClientApp.settings-meta.xml", orgSettings.ToXml());
        }

        foreach (var (relative, content) in extraFiles)
        {
            WriteFile(relative, content);
        }

        return Folder;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private void WriteFile(string relative, string content)
    {
        var path = Path.Combine([Folder, .. relative.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
