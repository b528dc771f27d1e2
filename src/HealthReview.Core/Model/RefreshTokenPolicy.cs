using System.Globalization;

namespace HealthReview.Core.Model;

/// <summary>
/// A refresh-token policy in one shape for both app kinds. A Connected App writes it as one string
/// (<c>specific_inactivity:30:DAYS</c>); an External Client App as three elements. Period and unit are set only for the
/// two <c>Specific…</c> kinds.
/// </summary>
public sealed record RefreshTokenPolicy(RefreshTokenPolicyKind Kind, int? Period = null, TokenValidityUnit? Unit = null)
{
    /// <summary>The validity in days, counting a month as 30 days; null when the policy has no period.</summary>
    public double? ApproximateDays => (Period, Unit) switch
    {
        ({ } p, TokenValidityUnit.Hours) => p / 24.0,
        ({ } p, TokenValidityUnit.Days) => p,
        ({ } p, TokenValidityUnit.Months) => p * 30.0,
        _ => null,
    };

    public override string ToString() => Kind switch
    {
        RefreshTokenPolicyKind.Zero => "zero",
        RefreshTokenPolicyKind.Infinite => "infinite",
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"{(Kind == RefreshTokenPolicyKind.SpecificLifetime ? "specific_lifetime" : "specific_inactivity")}:{Period}:{Unit?.ToString().ToUpperInvariant()}"),
    };
}
