using HealthReview.Core.Model;

namespace HealthReview.Engine.Evaluation.Named;

/// <summary>
/// The refresh-token IP allowlist has no documented metadata element. A <c>.ecaOauthSecurity</c> file (API 67, schema
/// unpublished) is read for an element that plainly says the allowlist is enforced or not; otherwise the answer is
/// Unknown and an attestation in the config file can decide it.
/// </summary>
public static class RefreshIpAllowlistCheck
{
    private const string Expected = "the refresh token IP allowlist is enforced";
    private const string CheckInSetup = "the refresh-token IP allowlist has no documented metadata element; check Setup → External Client App Manager → (app) → Policies → OAuth Policies → \"Enforce Refresh Token IP Allowlist\", and record the answer as an attestation in healthreview.yaml";

    public static Outcome Evaluate(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Source.App is not ExternalClientApp { OauthSecurity: { } security })
        {
            return Outcome.Leaf(new Evidence(Truth.Unknown, "refreshTokenIpAllowlist", Expected, "(not in export)", null, CheckInSetup));
        }

        var flag = security.Elements.FirstOrDefault(e =>
            (e.ElementPath.Contains("allowlist", StringComparison.OrdinalIgnoreCase) || e.ElementPath.Contains("IpRestrict", StringComparison.OrdinalIgnoreCase))
            && e.Text is "true" or "false");
        if (flag is null)
        {
            return Outcome.Leaf(new Evidence(Truth.Unknown, "refreshTokenIpAllowlist", Expected, "(no recognisable element)", security.Location,
                $"{security.SourceFile} has no element that plainly states the allowlist (its schema is not published); " + CheckInSetup));
        }

        var enforced = flag.Text == "true";
        return Outcome.Leaf(new Evidence(enforced ? Truth.True : Truth.False, "refreshTokenIpAllowlist", Expected, $"<{flag.ElementPath}> {flag.Text}", flag.Location,
            $"<{flag.ElementPath}> is {flag.Text} ({flag.Location}); this element is read from an unpublished schema (.ecaOauthSecurity), confirm in Setup"));
    }
}
