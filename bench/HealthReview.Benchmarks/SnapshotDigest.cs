using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HealthReview.Core.Model;

namespace HealthReview.Benchmarks;

/// <summary>
/// A SHA-256 of everything in a snapshot (inventory, apps with every setting and location, diagnostics, unknown elements,
/// secret markers), so that a loader optimisation can be shown to change nothing. Object keys are sorted first, so that
/// declaring a property in another place (a compact field behind it) does not change the digest while the content is the same.
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
        var canonical = Canonical(JsonSerializer.SerializeToNode(document, Options)!);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
    }

    private static JsonNode Canonical(JsonNode node) => node switch
    {
        JsonObject item => new JsonObject(item
            .OrderBy(property => property.Key, StringComparer.Ordinal)
            .Select(property => KeyValuePair.Create(property.Key, property.Value is null ? null : Canonical(property.Value)))),
        JsonArray items => new JsonArray([.. items.Select(element => element is null ? null : Canonical(element))]),
        _ => node.DeepClone(),
    };
}
