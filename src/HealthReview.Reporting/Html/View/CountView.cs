namespace HealthReview.Reporting.Html.View;

/// <summary>One labelled count (a severity's open findings, a status's findings).</summary>
internal sealed record CountView(string Key, string Label, string Symbol, string Count, bool Zero);
