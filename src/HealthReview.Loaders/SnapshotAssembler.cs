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
        var inputs = new Dictionary<string, InputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            inputs.Add(file.Input.Path, file.Input);
        }

        var diagnostics = new List<InputDiagnostic>(discoveryProblems);
        diagnostics.AddRange(files.SelectMany(f => f.Diagnostics));

        var usable = files.Where(f => f.Component is not null && f.AppName is not null).ToList();
        var apps = new List<OAuthClient>();
        apps.AddRange(BuildExternalClientApps(usable, inputs, diagnostics));
        apps.AddRange(BuildConnectedApps(usable, inputs, diagnostics));
        apps.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : a.Kind.CompareTo(b.Kind);
        });

        var orgSettings = Unique(usable.Where(f => f.Candidate.Name.Role == FileRole.OrgSettings).ToList(), "ExternalClientAppSettings", "the org", inputs, diagnostics);

        var secrets = files.SelectMany(f => f.SecretMarkers).ToList();
        secrets.Sort((a, b) => Compare(a.Location, b.Location));

        diagnostics.Sort((a, b) =>
        {
            var byLocation = Compare(a.Location, b.Location);
            return byLocation != 0 ? byLocation : string.CompareOrdinal(a.Message, b.Message);
        });

        return new ExportSnapshot
        {
            Inputs = SortedByPath(inputs.Values),
            Apps = apps,
            OrgSettings = orgSettings?.Component as ExternalClientAppOrgSettings,
            Diagnostics = diagnostics,
            UnknownElements = [.. files.SelectMany(f => f.UnknownElements)],
            SecretMarkers = secrets,
            ScannedPaths = scannedPaths,
        };
    }

    private static IEnumerable<ExternalClientApp> BuildExternalClientApps(List<LoadedFile> usable, Dictionary<string, InputFile> inputs, List<InputDiagnostic> diagnostics)
    {
        var ecaFiles = usable.Where(f => f.Candidate.Name.Role is FileRole.EcaHeader or FileRole.EcaGlobalOauth or FileRole.EcaOauthSettings
            or FileRole.EcaOauthPolicies or FileRole.EcaPolicies or FileRole.EcaOauthSecurity);
        foreach (var group in ecaFiles.GroupBy(f => f.AppName!, StringComparer.Ordinal))
        {
            var name = group.Key;
            var problems = new List<string>();
            var byRole = new RoleFiles(group);
            LoadedFile? Pick(FileRole role, string type) => byRole.Count(role) <= 1
                ? byRole.First(role)
                : Unique([.. group.Where(f => f.Candidate.Name.Role == role)], type, name, inputs, diagnostics, problems);

            var header = Pick(FileRole.EcaHeader, "ExternalClientApplication");
            var app = new ExternalClientApp
            {
                Name = name,
                Files = [.. group.Select(f => f.Input.Path).Order(StringComparer.Ordinal)],
                Header = header?.Component as EcaHeader,
                GlobalOauth = Pick(FileRole.EcaGlobalOauth, "ExtlClntAppGlobalOauthSettings")?.Component as EcaGlobalOauthSettings,
                OauthSettings = Pick(FileRole.EcaOauthSettings, "ExtlClntAppOauthSettings")?.Component as EcaOauthSettings,
                OauthPolicies = Pick(FileRole.EcaOauthPolicies, "ExtlClntAppOauthConfigurablePolicies")?.Component as EcaOauthPolicies,
                Policies = Pick(FileRole.EcaPolicies, "ExtlClntAppConfigurablePolicies")?.Component as EcaPolicies,
                OauthSecurity = Pick(FileRole.EcaOauthSecurity, "ExtlClntAppOauthSecuritySettings")?.Component as EcaOauthSecuritySettings,
            };

            if (byRole.Count(FileRole.EcaHeader) == 0)
            {
                var first = group.OrderBy(f => f.Input.Path, StringComparer.Ordinal).First();
                var message = $"orphan: no ExternalClientApplication header (.eca) for app '{name}' in the export; its other files are still evaluated";
                problems.Add(message);
                diagnostics.Add(new InputDiagnostic(DiagnosticSeverity.Warning, "orphan", new SourceLocation(first.Input.Path, 0, 0), message));
            }

            yield return problems.Count == 0 ? app : app with { Problems = problems };
        }
    }

    private static IEnumerable<ConnectedApp> BuildConnectedApps(List<LoadedFile> usable, Dictionary<string, InputFile> inputs, List<InputDiagnostic> diagnostics)
    {
        foreach (var group in usable.Where(f => f.Candidate.Name.Role == FileRole.ConnectedApp).GroupBy(f => f.AppName!, StringComparer.Ordinal))
        {
            var problems = new List<string>();
            var definition = Unique([.. group], "ConnectedApp", group.Key, inputs, diagnostics, problems);
            yield return new ConnectedApp
            {
                Name = group.Key,
                Files = [.. group.Select(f => f.Input.Path).Order(StringComparer.Ordinal)],
                Definition = definition?.Component as Core.Model.ConnectedApps.ConnectedAppDefinition,
                Problems = problems.Count == 0 ? [] : problems,
            };
        }
    }

    /// <summary>The one file of a role, or null when there are several: then every one of them is marked as an error.</summary>
    private static LoadedFile? Unique(List<LoadedFile> candidates, string type, string owner, Dictionary<string, InputFile> inputs, List<InputDiagnostic> diagnostics, List<string>? problems = null)
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
            inputs[path] = inputs[path] with { Status = InputStatus.Error, Message = message };
            diagnostics.Add(new InputDiagnostic(DiagnosticSeverity.Error, "duplicate", new SourceLocation(path, 0, 0), message));
        }

        return null;
    }

    /// <summary>The inventory sorted by path; the loader's files already are (discovery sorts them), so usually a copy.</summary>
    private static InputFile[] SortedByPath(IEnumerable<InputFile> inputs)
    {
        var result = inputs.ToArray();
        for (var i = 1; i < result.Length; i++)
        {
            if (string.CompareOrdinal(result[i - 1].Path, result[i].Path) > 0)
            {
                return [.. result.OrderBy(input => input.Path, StringComparer.Ordinal)];
            }
        }

        return result;
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
