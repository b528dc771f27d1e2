namespace HealthReview.Reporting.Html.View;

/// <summary>Where secret material sits in the export (the secret itself is never kept).</summary>
internal sealed record SecretMarkerView(string Kind, string Where, string App);
