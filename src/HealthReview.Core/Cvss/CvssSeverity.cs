namespace HealthReview.Core.Cvss;

/// <summary>The qualitative severity rating shared by CVSS v3.x and v4.0 (specification section 5).</summary>
public enum CvssSeverity
{
    /// <summary>0.0</summary>
    None,

    /// <summary>0.1 to 3.9</summary>
    Low,

    /// <summary>4.0 to 6.9</summary>
    Medium,

    /// <summary>7.0 to 8.9</summary>
    High,

    /// <summary>9.0 to 10.0</summary>
    Critical,
}
