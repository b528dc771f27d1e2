using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Html;

/// <summary>The words, symbols and CSS keys the page uses for severities, statuses and app kinds.</summary>
internal static class Labels
{
    /// <summary>Highest first: the order of the severity filters and charts.</summary>
    public static IReadOnlyList<CvssSeverity> Severities { get; } = [CvssSeverity.Critical, CvssSeverity.High, CvssSeverity.Medium, CvssSeverity.Low, CvssSeverity.None];

    /// <summary>The order of the status filters and legends: what needs attention first.</summary>
    public static IReadOnlyList<FindingStatus> Statuses { get; } = [FindingStatus.Fail, FindingStatus.Waived, FindingStatus.NotEvaluated, FindingStatus.Pass, FindingStatus.NotApplicable];

    public static IReadOnlyList<AppKind> Kinds { get; } = [AppKind.ExternalClientApp, AppKind.ConnectedApp, AppKind.Org];

    public static string Key(CvssSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Label(CvssSeverity severity) => severity.ToString();

    public static string Letter(CvssSeverity severity) => severity == CvssSeverity.None ? string.Empty : severity.ToString()[..1];

    public static int Rank(CvssSeverity severity) => (int)severity;

    public static string Key(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "pass",
        FindingStatus.Fail => "fail",
        FindingStatus.Waived => "waived",
        FindingStatus.NotApplicable => "na",
        _ => "ne",
    };

    public static string Label(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "Pass",
        FindingStatus.Fail => "Fail",
        FindingStatus.Waived => "Waived",
        FindingStatus.NotApplicable => "Not applicable",
        _ => "Not evaluated",
    };

    /// <summary>Colour is never the only signal: each status has its own symbol as well.</summary>
    public static string Symbol(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "✓",
        FindingStatus.Fail => "✗",
        FindingStatus.Waived => "⚑",
        FindingStatus.NotApplicable => "–",
        _ => "?",
    };

    /// <summary>Sort rank, highest = most in need of attention.</summary>
    public static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.Fail => 4,
        FindingStatus.Waived => 3,
        FindingStatus.NotEvaluated => 2,
        FindingStatus.Pass => 1,
        _ => 0,
    };

    public static string Key(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "eca",
        AppKind.ConnectedApp => "ca",
        _ => "org",
    };

    public static string Label(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "External Client App",
        AppKind.ConnectedApp => "Connected App",
        _ => "Org setting",
    };

    public static string Short(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "ECA",
        AppKind.ConnectedApp => "CA",
        _ => "Org",
    };
}
