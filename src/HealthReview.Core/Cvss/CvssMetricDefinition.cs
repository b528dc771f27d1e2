namespace HealthReview.Core.Cvss;

/// <summary>
/// One metric of a CVSS version: its abbreviation, its name for error messages, and its allowed
/// abbreviated values in the order the specification lists them.
/// </summary>
internal sealed record CvssMetricDefinition(string Name, string Title, CvssMetricGroup Group, IReadOnlyList<string> Values)
{
    /// <summary>Only base metrics are mandatory; every other group defaults to Not Defined (X).</summary>
    public bool IsMandatory => Group == CvssMetricGroup.Base;
}
