using HealthReview.Engine.Evaluation.Named;

namespace HealthReview.Engine.Evaluation;

/// <summary>The checks written in code (docs/rule-format.md, "Named checks").</summary>
public static class NamedChecks
{
    public static Outcome Evaluate(string name, EvaluationContext context) => name switch
    {
        "callbackUrlsSafe" => CallbackUrlCheck.Evaluate(context),
        "trustedIpRangesNarrow" => IpRangeCheck.Evaluate(context),
        "refreshTokenExpires" => RefreshTokenExpiryCheck.Evaluate(context),
        "noSecretMaterial" => SecretMaterialCheck.Evaluate(context),
        "refreshTokenIpAllowlist" => RefreshIpAllowlistCheck.Evaluate(context),
        _ => throw new InvalidOperationException($"unknown named check {name}"),
    };
}
