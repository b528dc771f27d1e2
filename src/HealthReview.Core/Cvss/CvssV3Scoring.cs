namespace HealthReview.Core.Cvss;

/// <summary>
/// CVSS v3.0 and v3.1 base, temporal and environmental equations (v3.1 specification section 7,
/// v3.0 section 8). The arithmetic is done in doubles in the same order as FIRST's reference
/// calculators (cvsscalc30.js, cvsscalc31.js) so that every intermediate value, and hence every
/// round-up, is bit-for-bit the one those calculators see.
/// </summary>
internal static class CvssV3Scoring
{
    private const double ExploitabilityCoefficient = 8.22;
    private const double ScopeCoefficient = 1.08;

    /// <summary>Scores a parsed v3 vector; metrics absent from the dictionary are Not Defined.</summary>
    public static (int BaseTenths, int TemporalTenths, int EnvironmentalTenths) Score(
        CvssVersion version, IReadOnlyDictionary<string, string> metrics)
    {
        var isV31 = version == CvssVersion.V3_1;
        string Get(string name) => metrics.TryGetValue(name, out var value) ? value : "X";
        string Modified(string name) => metrics.TryGetValue("M" + name, out var value) ? value : Get(name);

        // Base (section 7.1).
        var scope = Get("S");
        var iss = 1 - ((1 - Impact(Get("C"))) * (1 - Impact(Get("I"))) * (1 - Impact(Get("A"))));
        var impact = scope == "U"
            ? 6.42 * iss
            : (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15));
        var exploitability = ExploitabilityCoefficient * AttackVector(Get("AV")) * AttackComplexity(Get("AC"))
            * PrivilegesRequired(Get("PR"), scope) * UserInteraction(Get("UI"));
        var baseTenths = impact <= 0
            ? 0
            : RoundUp(
                scope == "U"
                    ? Math.Min(exploitability + impact, 10)
                    : Math.Min(ScopeCoefficient * (exploitability + impact), 10),
                isV31);

        // Temporal (section 7.2).
        var e = ExploitCodeMaturity(Get("E"));
        var rl = RemediationLevel(Get("RL"));
        var rc = ReportConfidence(Get("RC"));
        var temporalTenths = RoundUp(Tenths(baseTenths) * e * rl * rc, isV31);

        // Environmental (section 7.3). Modified metrics fall back to their base metric when Not Defined;
        // MPR's weight depends on the modified scope.
        var modifiedScope = Modified("S");
        var miss = Math.Min(
            1 - ((1 - (Impact(Modified("C")) * Requirement(Get("CR"))))
                 * (1 - (Impact(Modified("I")) * Requirement(Get("IR"))))
                 * (1 - (Impact(Modified("A")) * Requirement(Get("AR"))))),
            0.915);

        // v3.1 changed the scope-changed modified impact so that raising an environmental metric can no
        // longer lower the score (v3.1 user guide, section 2.6).
        var modifiedImpact = modifiedScope == "U"
            ? 6.42 * miss
            : isV31
                ? (7.52 * (miss - 0.029)) - (3.25 * Math.Pow((miss * 0.9731) - 0.02, 13))
                : (7.52 * (miss - 0.029)) - (3.25 * Math.Pow(miss - 0.02, 15));
        var modifiedExploitability = ExploitabilityCoefficient * AttackVector(Modified("AV"))
            * AttackComplexity(Modified("AC")) * PrivilegesRequired(Modified("PR"), modifiedScope)
            * UserInteraction(Modified("UI"));
        var environmentalTenths = modifiedImpact <= 0
            ? 0
            : RoundUp(
                Tenths(RoundUp(
                    modifiedScope == "U"
                        ? Math.Min(modifiedImpact + modifiedExploitability, 10)
                        : Math.Min(ScopeCoefficient * (modifiedImpact + modifiedExploitability), 10),
                    isV31)) * e * rl * rc,
                isV31);

        return (baseTenths, temporalTenths, environmentalTenths);
    }

    /// <summary>
    /// Roundup: the smallest one-decimal number not below the input. v3.1 (Appendix A) first rounds
    /// the input to five decimals in integers so that floating-point noise such as 4.000000000000001
    /// does not round up to 4.1; v3.0 defines and its calculator computes the plain ceiling.
    /// </summary>
    internal static int RoundUp(double value, bool isV31)
    {
        if (!isV31)
        {
            return (int)Math.Ceiling(value * 10);
        }

        // JavaScript's Math.round rounds halves up; for non-negative input that is AwayFromZero.
        var scaled = (long)Math.Round(value * 100000, MidpointRounding.AwayFromZero);
        return scaled % 10000 == 0 ? (int)(scaled / 10000) : (int)(scaled / 10000) + 1;
    }

    // The same double the reference calculators carry forward after a round-up (n / 10).
    private static double Tenths(int tenths) => tenths / 10.0;

    private static double AttackVector(string value) => value switch
    {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        _ => 0.2,
    };

    private static double AttackComplexity(string value) => value == "L" ? 0.77 : 0.44;

    private static double PrivilegesRequired(string value, string scope) => value switch
    {
        "N" => 0.85,
        "L" => scope == "C" ? 0.68 : 0.62,
        _ => scope == "C" ? 0.5 : 0.27,
    };

    private static double UserInteraction(string value) => value == "N" ? 0.85 : 0.62;

    private static double Impact(string value) => value switch
    {
        "H" => 0.56,
        "L" => 0.22,
        _ => 0,
    };

    private static double ExploitCodeMaturity(string value) => value switch
    {
        "U" => 0.91,
        "P" => 0.94,
        "F" => 0.97,
        _ => 1,
    };

    private static double RemediationLevel(string value) => value switch
    {
        "O" => 0.95,
        "T" => 0.96,
        "W" => 0.97,
        _ => 1,
    };

    private static double ReportConfidence(string value) => value switch
    {
        "U" => 0.92,
        "R" => 0.96,
        _ => 1,
    };

    private static double Requirement(string value) => value switch
    {
        "H" => 1.5,
        "L" => 0.5,
        _ => 1,
    };
}
