namespace HealthReview.Reporting.Html.View;

/// <summary>How to fix a control for one kind of app, and its risk.</summary>
internal sealed record RemediationView(string Anchor, string Kind, string? ControlName, string? Setup, string? MetadataFile, string? MetadataChange, string Range, string Vector, string BaseScore, string? Vector4);
