namespace HealthReview.Reporting.Html.View;

/// <summary>One input file of the inventory.</summary>
internal sealed record InputView(string Path, string Type, string StatusKey, string Status, string Size, string Sha256, string? Message, string? App);
