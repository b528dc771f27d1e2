using System.Runtime.InteropServices;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Model.ExternalClientApps;
using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders;

/// <summary>
/// Joins loaded files into apps: External Client App files by their <c>externalClientApplication</c> value (never by file
/// name), Connected Apps by file name. Duplicates are reported and not merged; orphans are reported and still evaluated.
/// </summary>
public static class SnapshotAssembler
{
    public static ExportSnapshot Assemble(IReadOnlyList<LoadedFile> files, IReadOnlyList<InputDiagnostic> discoveryProblems, IReadOnlyList<string> scannedPaths)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(discoveryProblems);

        // Plain loops rather than LINQ: this runs once over tens of thousands of files while everything they hold is alive,
        // so every temporary it makes is paid for again by the garbage collector.
        var inputs = new Inventory(files);
        var diagnostics = new List<InputDiagnostic>(discoveryProblems);
        var unknownElements = new List<UnknownElement>();
        var secrets = new List<SecretMarker>();
        var ecaFiles = new Dictionary<string, List<LoadedFile>>(StringComparer.Ordinal);
        var connectedAppFiles = new Dictionary<string, List<LoadedFile>>(StringComparer.Ordinal);
        var orgFiles = new List<LoadedFile>();
        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
            unknownElements.AddRange(file.UnknownElements);
            secrets.AddRange(file.SecretMarkers);
            if (file.Component is null || file.AppName is null)
            {
                continue;
            }

            switch (file.Role)
            {
                case FileRole.EcaHeader or FileRole.EcaGlobalOauth or FileRole.EcaOauthSettings or FileRole.EcaOauthPolicies
                    or FileRole.EcaPolicies or FileRole.EcaOauthSecurity:
                    GroupOf(ecaFiles, file.AppName).Add(file);
                    break;
                case FileRole.ConnectedApp:
                    GroupOf(connectedAppFiles, file.AppName).Add(file);
                    break;
                case FileRole.OrgSettings:
                    orgFiles.Add(file);
                    break;
            }
        }

        var apps = new List<OAuthClient>(ecaFiles.Count + connectedAppFiles.Count);
        foreach (var (name, group) in ecaFiles)
        {
            apps.Add(BuildExternalClientApp(name, group, inputs, diagnostics));
        }

        foreach (var (name, group) in connectedAppFiles)
        {
            apps.Add(BuildConnectedApp(name, group, inputs, diagnostics));
        }

        apps.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : a.Kind.CompareTo(b.Kind);
        });

        var orgSettings = Unique(orgFiles, "ExternalClientAppSettings", "the org", inputs, diagnostics);

        secrets.Sort((a, b) => Compare(a.Location, b.Location));
        diagnostics.Sort((a, b) =>
        {
            var byLocation = Compare(a.Location, b.Location);
            return byLocation != 0 ? byLocation : string.CompareOrdinal(a.Message, b.Message);
        });

        return new ExportSnapshot
        {
            Inputs = inputs.SortedByPath(),
            Apps = apps,
            OrgSettings = orgSettings?.Component as ExternalClientAppOrgSettings,
            Diagnostics = diagnostics,
            UnknownElements = unknownElements,
            SecretMarkers = secrets,
            ScannedPaths = scannedPaths,
        };
    }

    private static List<LoadedFile> GroupOf(Dictionary<string, List<LoadedFile>> groups, string appName)
    {
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, appName, out _);
        return group ??= new List<LoadedFile>(6);
    }

    private static ExternalClientApp BuildExternalClientApp(string name, List<LoadedFile> group, Inventory inputs, List<InputDiagnostic> diagnostics)
    {
        var problems = new List<string>();
        var byRole = new RoleFiles(group);
        LoadedFile? Pick(FileRole role, string type) => byRole.Count(role) <= 1
            ? byRole.First(role)
            : Unique(group.FindAll(f => f.Role == role), type, name, inputs, diagnostics, problems);

        var files = SortedPaths(group);
        var header = Pick(FileRole.EcaHeader, "ExternalClientApplication");
        var app = new ExternalClientApp
        {
            Name = name,
            Files = files,
            Header = header?.Component as EcaHeader,
            GlobalOauth = Pick(FileRole.EcaGlobalOauth, "ExtlClntAppGlobalOauthSettings")?.Component as EcaGlobalOauthSettings,
            OauthSettings = Pick(FileRole.EcaOauthSettings, "ExtlClntAppOauthSettings")?.Component as EcaOauthSettings,
            OauthPolicies = Pick(FileRole.EcaOauthPolicies, "ExtlClntAppOauthConfigurablePolicies")?.Component as EcaOauthPolicies,
            Policies = Pick(FileRole.EcaPolicies, "ExtlClntAppConfigurablePolicies")?.Component as EcaPolicies,
            OauthSecurity = Pick(FileRole.EcaOauthSecurity, "ExtlClntAppOauthSecuritySettings")?.Component as EcaOauthSecuritySettings,
        };

        if (byRole.Count(FileRole.EcaHeader) == 0)
        {
            var message = $"orphan: no ExternalClientApplication header (.eca) for app '{name}' in the export; its other files are still evaluated";
            problems.Add(message);
            diagnostics.Add(new InputDiagnostic(DiagnosticSeverity.Warning, "orphan", new SourceLocation(files[0], 0, 0), message));
        }

        return problems.Count == 0 ? app : app with { Problems = problems };
    }

    private static ConnectedApp BuildConnectedApp(string name, List<LoadedFile> group, Inventory inputs, List<InputDiagnostic> diagnostics)
    {
        var problems = new List<string>();
        var definition = Unique(group, "ConnectedApp", name, inputs, diagnostics, problems);
        return new ConnectedApp
        {
            Name = name,
            Files = SortedPaths(group),
            Definition = definition?.Component as Core.Model.ConnectedApps.ConnectedAppDefinition,
            Problems = problems.Count == 0 ? [] : problems,
        };
    }

    /// <summary>The display paths of an app's files, sorted (discovery's order already is, so usually no sort is needed).</summary>
    private static string[] SortedPaths(List<LoadedFile> group)
    {
        var paths = new string[group.Count];
        var sorted = true;
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = group[i].Input.Path;
            sorted &= i == 0 || string.CompareOrdinal(paths[i - 1], paths[i]) <= 0;
        }

        if (!sorted)
        {
            Array.Sort(paths, StringComparer.Ordinal);
        }

        return paths;
    }

    /// <summary>The one file of a role, or null when there are several: then every one of them is marked as an error.</summary>
    private static LoadedFile? Unique(List<LoadedFile> candidates, string type, string owner, Inventory inputs, List<InputDiagnostic> diagnostics, List<string>? problems = null)
    {
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var paths = candidates.Select(c => c.Input.Path).Order(StringComparer.Ordinal).ToList();
        var message = $"duplicate: {paths.Count} {type} files for {(owner == "the org" ? owner : $"'{owner}'")} ({string.Join(", ", paths)}); none was used";
        problems?.Add(message);
        foreach (var path in paths)
        {
            inputs.MarkError(path, message);
            diagnostics.Add(new InputDiagnostic(DiagnosticSeverity.Error, "duplicate", new SourceLocation(path, 0, 0), message));
        }

        return null;
    }

    private static int Compare(SourceLocation a, SourceLocation b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        return a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
    }
}
