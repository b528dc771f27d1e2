namespace HealthReview.Synthetic;

/// <summary>Draws an app's OAuth scopes and returns them in the documented order (the order real files show).</summary>
internal static class ScopeSets
{
    public static IReadOnlyList<string> Draw(
        DeterministicRandom random,
        Quality quality,
        IReadOnlyList<string> order,
        IReadOnlyList<string> extras,
        bool allowOfflineAccess)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var core = random.NextDouble();
        chosen.Add(core < 0.85 ? "Api" : core < 0.95 ? "Web" : "Basic");
        if (random.Chance(0.3))
        {
            chosen.Add("Web");
        }

        if (random.Chance(0.6))
        {
            chosen.Add(allowOfflineAccess && random.Chance(0.08) ? "OfflineAccess" : "RefreshToken");
        }

        if (random.Chance(0.45))
        {
            chosen.Add("OpenID");
        }

        foreach (var extra in random.PickDistinct(extras, random.Next(0, 3)))
        {
            chosen.Add(extra);
        }

        if (!quality.Good(random) && random.Chance(0.6))
        {
            chosen.Add("Full");
        }

        return order.Where(chosen.Contains).ToList();
    }
}
