using System.Text.Json;
using HealthReview.Core.Model;

namespace HealthReview.Loaders.Tests.Support;

/// <summary>
/// Everything a snapshot holds, written out as JSON by reflection (each app by its runtime type, so every setting of
/// every component is included). Used to prove that a text read from a file did not enter the snapshot anywhere.
/// </summary>
internal static class SnapshotText
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of(ExportSnapshot snapshot)
    {
        var everything = new Dictionary<string, object?>
        {
            ["inputs"] = snapshot.Inputs,
            ["apps"] = snapshot.Apps.Cast<object>().ToList(),
            ["orgSettings"] = snapshot.OrgSettings,
            ["diagnostics"] = snapshot.Diagnostics,
            ["unknownElements"] = snapshot.UnknownElements,
            ["secretMarkers"] = snapshot.SecretMarkers,
            ["scannedPaths"] = snapshot.ScannedPaths,
        };
        return JsonSerializer.Serialize(everything, Options) + string.Join("\n", snapshot.Apps.Select(a => a.ToString()));
    }

    /// <summary>Only what the export says about the apps and the org: every app and the org settings, not the inventory.</summary>
    public static string OfApps(ExportSnapshot snapshot) =>
        JsonSerializer.Serialize(new object?[] { snapshot.Apps.Cast<object>().ToList(), snapshot.OrgSettings }, Options);
}
