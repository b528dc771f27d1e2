namespace HealthReview.Core.Cvss;

/// <summary>The metric groups of CVSS v3.x (Temporal) and v4.0 (Threat, Supplemental).</summary>
internal enum CvssMetricGroup
{
    Base,
    Temporal,
    Threat,
    Environmental,
    Supplemental,
}
