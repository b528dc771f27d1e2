using System.Globalization;
using HealthReview.Core.Model;

namespace HealthReview.Engine.Evaluation.Named;

/// <summary>
/// The refresh-token policy must end a token's life: Zero, or a specific lifetime or inactivity of at most
/// <c>maxDays</c> days. Salesforce's 30-day idle-TTL switch is not written back into metadata, so an Infinite policy
/// is reported with that caveat.
/// </summary>
public static class RefreshTokenExpiryCheck
{
    public const string IdleTtlCaveat = "Salesforce's \"limit idle refresh token TTL\" switch is not written back into the metadata: if it is on, Setup shows a 30-day inactivity policy while the export still says Infinite; confirm in Setup";

    public static Outcome Evaluate(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxDays = context.Thresholds["maxDays"];
        var expected = string.Create(CultureInfo.InvariantCulture, $"zero, or expiry within {maxDays:0.##} days (maxDays)");
        var (policy, location, shown, problem) = Read(context);
        if (policy is null)
        {
            return Outcome.Leaf(new Evidence(Truth.Unknown, "refreshTokenPolicy", expected, shown, location, problem!));
        }

        var where = location is { } at ? $" ({at})" : string.Empty;
        switch (policy.Kind)
        {
            case RefreshTokenPolicyKind.Zero:
                return Outcome.Leaf(new Evidence(Truth.True, "refreshTokenPolicy", expected, shown, location, $"refresh tokens expire immediately{where}"));
            case RefreshTokenPolicyKind.Infinite:
                return Outcome.Leaf(new Evidence(Truth.False, "refreshTokenPolicy", expected, shown, location, $"refresh tokens are valid until revoked{where}; expected {expected}. {IdleTtlCaveat}"));
        }

        if (policy.ApproximateDays is not { } days)
        {
            return Outcome.Leaf(new Evidence(Truth.Unknown, "refreshTokenPolicy", expected, shown, location, $"the refresh token policy{where} has no validity period and unit"));
        }

        var kind = policy.Kind == RefreshTokenPolicyKind.SpecificInactivity ? "if unused for" : "after";
        var sentence = string.Create(CultureInfo.InvariantCulture, $"refresh tokens expire {kind} {policy.Period} {policy.Unit?.ToString().ToLowerInvariant()} (≈{days:0.#} days){where}; expected {expected}");
        return Outcome.Leaf(new Evidence(days <= maxDays ? Truth.True : Truth.False, "refreshTokenPolicy", expected, shown, location, sentence));
    }

    private static (RefreshTokenPolicy? Policy, SourceLocation? Location, string Shown, string? Problem) Read(EvaluationContext context)
    {
        switch (context.Source.App)
        {
            case ConnectedApp ca:
                if (ca.Definition is null)
                {
                    return (null, null, "(not in export)", ca.Problems.FirstOrDefault() ?? "the app's .connectedApp file could not be used");
                }

                var setting = ca.Definition.OauthPolicy?.RefreshTokenPolicy ?? Setting<RefreshTokenPolicy>.Absent;
                if (setting.IsInvalid)
                {
                    return (null, setting.Location, setting.RawText ?? string.Empty, $"<oauthPolicy/refreshTokenPolicy> '{setting.RawText}' at {setting.Location} is not valid: {setting.Problem}");
                }

                if (setting.IsPresent)
                {
                    return (setting.Value, setting.Location, setting.RawText!, null);
                }

                return Defaulted(context, ca.Definition.Location, "<oauthPolicy/refreshTokenPolicy>");
            case ExternalClientApp eca:
                if (eca.OauthPolicies is not { } p)
                {
                    Fields.FieldCatalog.TryGet("refreshTokenPolicy", out var field);
                    return (null, null, "(not in export)", field.Read(context.Source).Problem);
                }

                if (p.RefreshTokenPolicyType.IsInvalid || p.RefreshTokenValidityPeriod.IsInvalid || p.RefreshTokenValidityUnit.IsInvalid)
                {
                    var bad = new[] { p.RefreshTokenPolicyType.Problem, p.RefreshTokenValidityPeriod.Problem, p.RefreshTokenValidityUnit.Problem }.First(x => x is not null);
                    return (null, p.Location, "(invalid)", $"the refresh token policy in {p.SourceFile} is not valid: {bad}");
                }

                if (!p.RefreshTokenPolicyType.IsPresent)
                {
                    return Defaulted(context, p.Location, "<refreshTokenPolicyType>");
                }

                var kind = p.RefreshTokenPolicyType.Value;
                if (kind is RefreshTokenPolicyKind.SpecificLifetime or RefreshTokenPolicyKind.SpecificInactivity
                    && p.RefreshTokenValidityPeriod is { IsPresent: true, Value: <= 0 } nonPositive)
                {
                    // Like the Connected App form (specific_inactivity:N:UNIT), the period must be a positive number.
                    return (null, nonPositive.Location, nonPositive.RawText ?? string.Empty,
                        $"<refreshTokenValidityPeriod> '{nonPositive.RawText}' at {nonPositive.Location} is not valid: the period must be a positive whole number");
                }

                var period = p.RefreshTokenValidityPeriod.IsPresent ? p.RefreshTokenValidityPeriod.Value : (int?)null;
                var unit = p.RefreshTokenValidityUnit.IsPresent ? p.RefreshTokenValidityUnit.Value : (TokenValidityUnit?)null;
                var shown = kind is RefreshTokenPolicyKind.Zero or RefreshTokenPolicyKind.Infinite
                    ? p.RefreshTokenPolicyType.RawText!
                    : string.Create(CultureInfo.InvariantCulture, $"{p.RefreshTokenPolicyType.RawText} {p.RefreshTokenValidityPeriod.RawText ?? "?"} {p.RefreshTokenValidityUnit.RawText ?? "?"}");
                return (new RefreshTokenPolicy(kind, period, unit), p.RefreshTokenPolicyType.Location, shown, null);
            default:
                return (null, null, "(n/a)", "refresh token policies belong to apps");
        }
    }

    private static (RefreshTokenPolicy?, SourceLocation?, string, string?) Defaulted(EvaluationContext context, SourceLocation fileLocation, string element)
    {
        if (context.DefaultFor("refreshTokenPolicy") is string name && Enum.TryParse<RefreshTokenPolicyKind>(name, out var kind))
        {
            return (new RefreshTokenPolicy(kind), fileLocation, $"{name} (default: {element} is not in the export)", null);
        }

        return (null, fileLocation, "(absent)", $"{element} is not in the export and Salesforce documents no default for it");
    }
}
