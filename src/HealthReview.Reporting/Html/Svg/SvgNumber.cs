using System.Globalization;

namespace HealthReview.Reporting.Html.Svg;

/// <summary>Coordinates for SVG attributes: invariant, at most two decimals, so the same chart is the same bytes.</summary>
internal static class SvgNumber
{
    public static string Of(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
