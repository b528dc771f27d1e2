using System.Globalization;
using HealthReview.Core.Model;

namespace HealthReview.Loaders.Xml;

/// <summary>Text-to-value conversions shared by the binders.</summary>
public static class ValueParsers
{
    private static readonly EnumSpelling<TokenValidityUnit> Units = new(
        ("HOURS", TokenValidityUnit.Hours), ("DAYS", TokenValidityUnit.Days), ("MONTHS", TokenValidityUnit.Months));

    /// <summary>xsd:boolean: true, false, 1, 0 (Salesforce writes true/false; case is forgiven).</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        // How Salesforce writes them, without the upper-case copy.
        if (text is "true" or "false")
        {
            value = text.Length == 4;
            return true;
        }

        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "1":
                value = true;
                return true;
            case "FALSE" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// A Connected App <c>refreshTokenPolicy</c>: <c>zero</c>, <c>infinite</c>, <c>specific_lifetime:N:UNIT</c> or
    /// <c>specific_inactivity:N:UNIT</c> with UNIT one of HOURS, DAYS, MONTHS. Compared case-insensitively.
    /// </summary>
    public static (RefreshTokenPolicy? Value, string? Problem) ParseRefreshTokenPolicy(string text)
    {
        var parts = text.Split(':');
        var kind = parts[0].ToUpperInvariant();
        switch (kind)
        {
            case "ZERO" when parts.Length == 1:
                return (new RefreshTokenPolicy(RefreshTokenPolicyKind.Zero), null);
            case "INFINITE" when parts.Length == 1:
                return (new RefreshTokenPolicy(RefreshTokenPolicyKind.Infinite), null);
            case "SPECIFIC_LIFETIME" or "SPECIFIC_INACTIVITY":
                if (parts.Length != 3)
                {
                    return (null, $"'{text}' must have the form {parts[0]}:N:UNIT");
                }

                if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var period) || period <= 0)
                {
                    return (null, $"'{parts[1]}' in '{text}' is not a positive whole number");
                }

                if (!Units.TryParse(parts[2], out var unit))
                {
                    return (null, $"'{parts[2]}' in '{text}' is not a unit; expected one of {Units.Expected}");
                }

                var policyKind = kind == "SPECIFIC_LIFETIME" ? RefreshTokenPolicyKind.SpecificLifetime : RefreshTokenPolicyKind.SpecificInactivity;
                return (new RefreshTokenPolicy(policyKind, period, unit), null);
            default:
                return (null, $"'{text}' is not a refresh token policy; expected zero, infinite, specific_lifetime:N:UNIT or specific_inactivity:N:UNIT");
        }
    }

    public static string Describe(int value) => value.ToString(CultureInfo.InvariantCulture);
}
