using HealthReview.Core.Model;

namespace HealthReview.Engine.Evaluation.Named;

/// <summary>
/// No consumer secret and no private key in the export. The loader never keeps the secret itself, only where it was,
/// so a report can point at it without printing it. The org finding covers files that belong to no app.
/// </summary>
public static class SecretMaterialCheck
{
    public static Outcome Evaluate(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var markers = context.Source.Snapshot.SecretMarkers
            .Where(m => context.Kind == AppKind.Org
                ? m.AppName is null || m.AppKind == AppKind.Org
                : m.AppName == context.AppName && m.AppKind == context.Kind)
            .ToList();
        const string Expected = "no consumer secret or private key in the export";
        if (markers.Count == 0)
        {
            var scope = context.Kind == AppKind.Org ? "files that belong to no app" : "the app's files";
            return Outcome.Leaf(new Evidence(Truth.True, "secretMaterial", Expected, "none found", null, $"no consumer secret and no private key in {scope}"));
        }

        var evidence = markers.Select(m => new Evidence(
            Truth.False,
            "secretMaterial",
            Expected,
            m.Kind == SecretKind.ConsumerSecret ? "a consumer secret [redacted]" : "a PEM private key [redacted]",
            m.Location,
            m.Kind == SecretKind.ConsumerSecret
                ? $"a consumer secret is in the export at {m.Location} (not shown); rotate it and remove it from source control"
                : $"a private key is in the export at {m.Location} (not shown); revoke it and remove it from source control")).ToList();
        return new Outcome(Truth.False, evidence, evidence[0]);
    }
}
