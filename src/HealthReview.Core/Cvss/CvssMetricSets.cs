using System.Globalization;

namespace HealthReview.Core.Cvss;

/// <summary>The metric tables of each supported CVSS version and the prefix dispatch.</summary>
internal static class CvssMetricSets
{
    public static readonly CvssMetricSet V30 = new(CvssVersion.V3_0, "3.0", requiresSpecOrder: false, V3Definitions());

    public static readonly CvssMetricSet V31 = new(CvssVersion.V3_1, "3.1", requiresSpecOrder: false, V3Definitions());

    public static readonly CvssMetricSet V40 = new(CvssVersion.V4_0, "4.0", requiresSpecOrder: true, V4Definitions());

    private static readonly CvssMetricSet[] All = [V30, V31, V40];

    /// <summary>Finds the metric set whose prefix starts the vector, or explains why none does.</summary>
    public static bool TryResolve(string? vector, out CvssMetricSet set, out string error)
    {
        set = V31;
        if (string.IsNullOrEmpty(vector))
        {
            error = "The CVSS vector is empty.";
            return false;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            if (char.IsWhiteSpace(vector[i]))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"The CVSS vector contains whitespace at character {i + 1}.");
                return false;
            }
        }

        foreach (var candidate in All)
        {
            if (vector.StartsWith(candidate.Prefix, StringComparison.Ordinal))
            {
                set = candidate;
                error = string.Empty;
                return true;
            }
        }

        const string Expected = "'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/'";
        if (vector.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            var slash = vector.IndexOf('/', StringComparison.Ordinal);
            var version = slash < 0 ? vector["CVSS:".Length..] : vector["CVSS:".Length..slash];
            var known = All.FirstOrDefault(s => s.VersionNumber == version);
            error = known is not null
                ? $"The CVSS vector has no metrics after 'CVSS:{version}'."
                : $"Unsupported CVSS version '{version}': the vector must start with {Expected}.";
            return false;
        }

        error = $"Unknown CVSS vector prefix: the vector must start with {Expected}.";
        return false;
    }

    private static CvssMetricDefinition[] V3Definitions() =>
    [
        new("AV", "Attack Vector", CvssMetricGroup.Base, ["N", "A", "L", "P"]),
        new("AC", "Attack Complexity", CvssMetricGroup.Base, ["L", "H"]),
        new("PR", "Privileges Required", CvssMetricGroup.Base, ["N", "L", "H"]),
        new("UI", "User Interaction", CvssMetricGroup.Base, ["N", "R"]),
        new("S", "Scope", CvssMetricGroup.Base, ["U", "C"]),
        new("C", "Confidentiality", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("I", "Integrity", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("A", "Availability", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("E", "Exploit Code Maturity", CvssMetricGroup.Temporal, ["X", "H", "F", "P", "U"]),
        new("RL", "Remediation Level", CvssMetricGroup.Temporal, ["X", "U", "W", "T", "O"]),
        new("RC", "Report Confidence", CvssMetricGroup.Temporal, ["X", "C", "R", "U"]),
        new("CR", "Confidentiality Requirement", CvssMetricGroup.Environmental, ["X", "H", "M", "L"]),
        new("IR", "Integrity Requirement", CvssMetricGroup.Environmental, ["X", "H", "M", "L"]),
        new("AR", "Availability Requirement", CvssMetricGroup.Environmental, ["X", "H", "M", "L"]),
        new("MAV", "Modified Attack Vector", CvssMetricGroup.Environmental, ["X", "N", "A", "L", "P"]),
        new("MAC", "Modified Attack Complexity", CvssMetricGroup.Environmental, ["X", "L", "H"]),
        new("MPR", "Modified Privileges Required", CvssMetricGroup.Environmental, ["X", "N", "L", "H"]),
        new("MUI", "Modified User Interaction", CvssMetricGroup.Environmental, ["X", "N", "R"]),
        new("MS", "Modified Scope", CvssMetricGroup.Environmental, ["X", "U", "C"]),
        new("MC", "Modified Confidentiality", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
        new("MI", "Modified Integrity", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
        new("MA", "Modified Availability", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
    ];

    // Order of the v4.0 specification's vector string table (section 7); parsing enforces it.
    private static CvssMetricDefinition[] V4Definitions() =>
    [
        new("AV", "Attack Vector", CvssMetricGroup.Base, ["N", "A", "L", "P"]),
        new("AC", "Attack Complexity", CvssMetricGroup.Base, ["L", "H"]),
        new("AT", "Attack Requirements", CvssMetricGroup.Base, ["N", "P"]),
        new("PR", "Privileges Required", CvssMetricGroup.Base, ["N", "L", "H"]),
        new("UI", "User Interaction", CvssMetricGroup.Base, ["N", "P", "A"]),
        new("VC", "Vulnerable System Confidentiality", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("VI", "Vulnerable System Integrity", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("VA", "Vulnerable System Availability", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("SC", "Subsequent System Confidentiality", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("SI", "Subsequent System Integrity", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("SA", "Subsequent System Availability", CvssMetricGroup.Base, ["H", "L", "N"]),
        new("E", "Exploit Maturity", CvssMetricGroup.Threat, ["X", "A", "P", "U"]),
        new("CR", "Confidentiality Requirement", CvssMetricGroup.Environmental, ["X", "H", "M", "L"]),
        new("IR", "Integrity Requirement", CvssMetricGroup.Environmental, ["X", "H", "M", "L"]),
        new("AR", "Availability Requirement", CvssMetricGroup.Environmental, ["X", "H", "M", "L"]),
        new("MAV", "Modified Attack Vector", CvssMetricGroup.Environmental, ["X", "N", "A", "L", "P"]),
        new("MAC", "Modified Attack Complexity", CvssMetricGroup.Environmental, ["X", "L", "H"]),
        new("MAT", "Modified Attack Requirements", CvssMetricGroup.Environmental, ["X", "N", "P"]),
        new("MPR", "Modified Privileges Required", CvssMetricGroup.Environmental, ["X", "N", "L", "H"]),
        new("MUI", "Modified User Interaction", CvssMetricGroup.Environmental, ["X", "N", "P", "A"]),
        new("MVC", "Modified Vulnerable System Confidentiality", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
        new("MVI", "Modified Vulnerable System Integrity", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
        new("MVA", "Modified Vulnerable System Availability", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
        new("MSC", "Modified Subsequent System Confidentiality", CvssMetricGroup.Environmental, ["X", "H", "L", "N"]),
        new("MSI", "Modified Subsequent System Integrity", CvssMetricGroup.Environmental, ["X", "S", "H", "L", "N"]),
        new("MSA", "Modified Subsequent System Availability", CvssMetricGroup.Environmental, ["X", "S", "H", "L", "N"]),
        new("S", "Safety", CvssMetricGroup.Supplemental, ["X", "N", "P"]),
        new("AU", "Automatable", CvssMetricGroup.Supplemental, ["X", "N", "Y"]),
        new("R", "Recovery", CvssMetricGroup.Supplemental, ["X", "A", "U", "I"]),
        new("V", "Value Density", CvssMetricGroup.Supplemental, ["X", "D", "C"]),
        new("RE", "Vulnerability Response Effort", CvssMetricGroup.Supplemental, ["X", "L", "M", "H"]),
        new("U", "Provider Urgency", CvssMetricGroup.Supplemental, ["X", "Clear", "Green", "Amber", "Red"]),
    ];
}
