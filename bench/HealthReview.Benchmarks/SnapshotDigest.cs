using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using HealthReview.Core.Model;

namespace HealthReview.Benchmarks;

/// <summary>
/// A SHA-256 of everything in a snapshot (inventory, apps with every setting and location, diagnostics, unknown elements,
/// secret markers), so that a loader optimisation can be shown to change nothing.
/// </summary>
internal static class SnapshotDigest
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Compute(ExportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var document = new
        {
            snapshot.Inputs,

            // As object, so each app is written with its own type's properties, not just OAuthClient's.
            Apps = snapshot.Apps.Select(app => (object)app).ToList(),
            snapshot.OrgSettings,
            snapshot.Diagnostics,
            snapshot.UnknownElements,
            snapshot.SecretMarkers,
            snapshot.ScannedPaths,
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(document, Options)));
    }
}
