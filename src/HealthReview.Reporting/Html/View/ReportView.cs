namespace HealthReview.Reporting.Html.View;

/// <summary>Everything the page template shows; strings are already formatted, and the template escapes them.</summary>
internal sealed record ReportView(string Title, string Csp, RawHtml Style, RawHtml Script, ScopeView Scope, ScoreView Score, GateView Gate, BaselineView? Baseline, IReadOnlyList<CountView> Open, IReadOnlyList<CountView> Statuses, ChartsView Charts, MatrixView Matrix, FindingsView Findings, AcceptancesView Acceptances, IReadOnlyList<NotEvaluatedView> NotEvaluated, InventoryView Inventory, IReadOnlyList<AppView> Apps, IReadOnlyList<RuleView> Rules);
