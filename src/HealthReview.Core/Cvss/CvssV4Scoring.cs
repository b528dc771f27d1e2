namespace HealthReview.Core.Cvss;

/// <summary>
/// CVSS v4.0 scoring as in FIRST's calculator (cvss_score.js): find the vector's MacroVector (EQ1 to
/// EQ6), take its score from the lookup table, and lower it by the mean, over the equivalence classes
/// that have a lower MacroVector, of (score gap to that lower MacroVector) x (the vector's severity
/// distance from the class's highest-severity vector) / (the class's depth).
/// </summary>
/// <remarks>
/// Every level is a multiple of 0.1 and every table score has one decimal, so the result is a
/// rational number with a small denominator. It is computed exactly in integers and rounded half up.
/// FIRST's calculator computes in doubles and adds 1e-6 before rounding so that a true x.x5 lands
/// above the tie; exact arithmetic gives the same result by construction, since no exact value lies
/// within 1e-4 of a tie without being on it.
/// </remarks>
internal static class CvssV4Scoring
{
    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];

    // Severity levels in tenths (0 is most severe), as in cvss_score.js.
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Levels =
        new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            ["AV"] = Level(("N", 0), ("A", 1), ("L", 2), ("P", 3)),
            ["PR"] = Level(("N", 0), ("L", 1), ("H", 2)),
            ["UI"] = Level(("N", 0), ("P", 1), ("A", 2)),
            ["AC"] = Level(("L", 0), ("H", 1)),
            ["AT"] = Level(("N", 0), ("P", 1)),
            ["VC"] = Level(("H", 0), ("L", 1), ("N", 2)),
            ["VI"] = Level(("H", 0), ("L", 1), ("N", 2)),
            ["VA"] = Level(("H", 0), ("L", 1), ("N", 2)),
            ["SC"] = Level(("H", 1), ("L", 2), ("N", 3)),
            ["SI"] = Level(("S", 0), ("H", 1), ("L", 2), ("N", 3)),
            ["SA"] = Level(("S", 0), ("H", 1), ("L", 2), ("N", 3)),
            ["CR"] = Level(("H", 0), ("M", 1), ("L", 2)),
            ["IR"] = Level(("H", 0), ("M", 1), ("L", 2)),
            ["AR"] = Level(("H", 0), ("M", 1), ("L", 2)),
        };

    private static readonly string[] DistanceMetrics =
        ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"];

    /// <summary>The score in tenths of the given metrics; absent metrics are Not Defined.</summary>
    public static int Score(IReadOnlyDictionary<string, string> metrics, CvssV4Tables tables)
    {
        string Effective(string name) => EffectiveValue(metrics, name);

        if (ImpactMetrics.All(name => Effective(name) == "N"))
        {
            return 0;
        }

        var (eq1, eq2, eq3, eq4, eq5, eq6) = MacroVector(metrics);
        var lookup = tables.MacroVectorTenths;
        var value = lookup[CvssV4Tables.Key(eq1, eq2, eq3, eq4, eq5, eq6)];

        int? Lower(int a, int b, int c, int d, int e, int f) =>
            lookup.TryGetValue(CvssV4Tables.Key(a, b, c, d, e, f), out var score) ? score : null;

        var lowerEq1 = Lower(eq1 + 1, eq2, eq3, eq4, eq5, eq6);
        var lowerEq2 = Lower(eq1, eq2 + 1, eq3, eq4, eq5, eq6);
        var lowerEq3Eq6 = (eq3, eq6) switch
        {
            (1, 1) or (0, 1) => Lower(eq1, eq2, eq3 + 1, eq4, eq5, eq6),
            (1, 0) => Lower(eq1, eq2, eq3, eq4, eq5, eq6 + 1),

            // 00 has two next-lower classes, 01 and 10; the calculator takes the higher score
            // (and, like its comparison, the right-hand one when either is missing).
            (0, 0) => HigherOf(Lower(eq1, eq2, eq3, eq4, eq5, eq6 + 1), Lower(eq1, eq2, eq3 + 1, eq4, eq5, eq6)),
            _ => Lower(eq1, eq2, eq3 + 1, eq4, eq5, eq6 + 1),
        };
        var lowerEq4 = Lower(eq1, eq2, eq3, eq4 + 1, eq5, eq6);
        var lowerEq5 = Lower(eq1, eq2, eq3, eq4, eq5 + 1, eq6);

        var distance = SeverityDistances(metrics, tables, eq1, eq2, eq3, eq4, eq5, eq6);
        var distanceEq1 = distance["AV"] + distance["PR"] + distance["UI"];
        var distanceEq2 = distance["AC"] + distance["AT"];
        var distanceEq3Eq6 = distance["VC"] + distance["VI"] + distance["VA"] + distance["CR"] + distance["IR"] + distance["AR"];
        var distanceEq4 = distance["SC"] + distance["SI"] + distance["SA"];

        var depth = tables.MaxSeverityDepth;
        var multiple = tables.DepthCommonMultiple;

        // In tenths, each class contributes gap x distance / depth; scaled by the common multiple
        // of the depths every contribution is an integer.
        long numerator = 0;
        var classes = 0;
        void Add(int? lower, int classDistance, int classDepth)
        {
            if (lower is { } lowerScore)
            {
                classes++;
                numerator += (long)(value - lowerScore) * classDistance * (multiple / classDepth);
            }
        }

        Add(lowerEq1, distanceEq1, depth[$"eq1:{eq1}"]);
        Add(lowerEq2, distanceEq2, depth[$"eq2:{eq2}"]);
        Add(lowerEq3Eq6, distanceEq3Eq6, depth[$"eq3eq6:{eq3}:{eq6}"]);
        Add(lowerEq4, distanceEq4, depth[$"eq4:{eq4}"]);

        // EQ5 counts towards the mean but its proportional distance is always 0.
        Add(lowerEq5, 0, 1);

        if (classes == 0)
        {
            return value;
        }

        // score = value - numerator / (classes x multiple), clamped to [0, 10], rounded half up.
        var denominator = classes * multiple;
        var scaled = (value * denominator) - numerator;
        if (scaled <= 0)
        {
            return 0;
        }

        if (scaled >= 100 * denominator)
        {
            return 100;
        }

        return (int)(((2 * scaled) + denominator) / (2 * denominator));
    }

    /// <summary>The six EQ digits of the MacroVector, from the effective metric values.</summary>
    internal static (int Eq1, int Eq2, int Eq3, int Eq4, int Eq5, int Eq6) MacroVector(IReadOnlyDictionary<string, string> metrics)
    {
        string Effective(string name) => EffectiveValue(metrics, name);
        var (av, pr, ui) = (Effective("AV"), Effective("PR"), Effective("UI"));
        var (vc, vi, va) = (Effective("VC"), Effective("VI"), Effective("VA"));

        var eq1 = (av, pr, ui) switch
        {
            ("N", "N", "N") => 0,
            _ when (av == "N" || pr == "N" || ui == "N") && av != "P" => 1,
            _ => 2,
        };
        var eq2 = Effective("AC") == "L" && Effective("AT") == "N" ? 0 : 1;
        var eq3 = vc == "H" && vi == "H" ? 0 : vc == "H" || vi == "H" || va == "H" ? 1 : 2;

        // Only MSI and MSA have the value Safety (S).
        var safety = Get(metrics, "MSI") == "S" || Get(metrics, "MSA") == "S";
        var eq4 = safety ? 0 : Effective("SC") == "H" || Effective("SI") == "H" || Effective("SA") == "H" ? 1 : 2;
        var eq5 = Effective("E") switch
        {
            "A" => 0,
            "P" => 1,
            _ => 2,
        };
        var eq6 = (Effective("CR") == "H" && vc == "H") || (Effective("IR") == "H" && vi == "H") || (Effective("AR") == "H" && va == "H")
            ? 0
            : 1;
        return (eq1, eq2, eq3, eq4, eq5, eq6);
    }

    /// <summary>
    /// The value used for scoring: E defaults to Attacked (A) and CR/IR/AR to High (H), the worst
    /// case; a modified base metric replaces its base metric when given.
    /// </summary>
    private static string EffectiveValue(IReadOnlyDictionary<string, string> metrics, string name)
    {
        switch (name)
        {
            case "E":
                return Get(metrics, name) ?? "A";
            case "CR" or "IR" or "AR":
                return Get(metrics, name) ?? "H";
            default:
                return Get(metrics, "M" + name) ?? Get(metrics, name)
                    ?? throw new InvalidOperationException($"Base metric {name} is missing.");
        }
    }

    private static string? Get(IReadOnlyDictionary<string, string> metrics, string name) =>
        metrics.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The per-metric distance (in tenths) from the first highest-severity vector of the MacroVector
    /// that is at least as severe as this one in every metric; if none is, the last candidate's
    /// distances are used, as the calculator's loop leaves them.
    /// </summary>
    private static Dictionary<string, int> SeverityDistances(
        IReadOnlyDictionary<string, string> metrics, CvssV4Tables tables, int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
    {
        var parts = tables.HighestSeverityParts;
        var candidates =
            from p1 in parts[$"eq1:{eq1}"]
            from p2 in parts[$"eq2:{eq2}"]
            from p3 in parts[$"eq3:{eq3}:{eq6}"]
            from p4 in parts[$"eq4:{eq4}"]
            from p5 in parts[$"eq5:{eq5}"]
            select new[] { p1, p2, p3, p4, p5 };

        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var name in DistanceMetrics)
            {
                var highest = candidate.Select(part => part.TryGetValue(name, out var v) ? v : null).First(v => v is not null)!;
                distances[name] = Levels[name][EffectiveValue(metrics, name)] - Levels[name][highest];
            }

            if (distances.Values.All(d => d >= 0))
            {
                break;
            }
        }

        return distances;
    }

    private static int? HigherOf(int? left, int? right) =>
        left is { } l && right is { } r && l > r ? l : right;

    private static IReadOnlyDictionary<string, int> Level(params (string Value, int Tenths)[] levels) =>
        levels.ToDictionary(level => level.Value, level => level.Tenths, StringComparer.Ordinal);
}
