namespace HealthReview.Synthetic;

/// <summary>
/// How well one app is configured: each setting independently takes its recommended value with probability
/// <see cref="Probability"/>. About 30% of apps are well kept, 45% average, 25% neglected.
/// </summary>
internal readonly record struct Quality(double Probability)
{
    public static Quality Draw(DeterministicRandom random)
    {
        var roll = random.NextDouble();
        return new Quality(roll < 0.30 ? 0.93 : roll < 0.75 ? 0.65 : 0.25);
    }

    public bool Good(DeterministicRandom random) => random.Chance(Probability);
}
