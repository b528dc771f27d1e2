namespace HealthReview.Reporting.Html.View;

/// <summary>The input files, what became of them, and what the loader said.</summary>
internal sealed record InventoryView(IReadOnlyList<InputView> Inputs, string Parsed, string Ignored, string Errors, IReadOnlyList<DiagnosticView> Diagnostics, IReadOnlyList<UnknownElementView> UnknownElements, IReadOnlyList<SecretMarkerView> SecretMarkers);
