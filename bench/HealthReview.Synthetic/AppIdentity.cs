using System.Globalization;

namespace HealthReview.Synthetic;

/// <summary>The names of one synthetic app, unique through its index.</summary>
internal sealed record AppIdentity(string Area, string Kind, string Name, string Label, string CamelName)
{
    public static AppIdentity Create(DeterministicRandom random, int index)
    {
        var area = random.Pick(Vocabulary.Areas);
        var kind = random.Pick(Vocabulary.Kinds);
        var number = (index + 1).ToString("D5", CultureInfo.InvariantCulture);
        return new AppIdentity(
            area,
            kind,
            $"{area}_{kind}_{number}",
            $"{area} {kind} {(index + 1).ToString(CultureInfo.InvariantCulture)}",
            $"{area.ToLowerInvariant()}{kind}{number}");
    }
}
