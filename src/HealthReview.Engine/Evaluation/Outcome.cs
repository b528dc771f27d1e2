namespace HealthReview.Engine.Evaluation;

/// <summary>The result of a condition and the evidence behind it; <see cref="Decisive"/> is the test that settled it.</summary>
public sealed record Outcome(Truth Truth, IReadOnlyList<Evidence> Evidence, Evidence? Decisive)
{
    public static Outcome Leaf(Evidence evidence) => new(evidence.Truth, [evidence], evidence);

    public static Outcome Not(Outcome inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var truth = inner.Truth switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown };
        return inner with { Truth = truth };
    }

    /// <summary>Kleene conjunction: false if any part is false, else unknown if any is, else true.</summary>
    public static Outcome All(IReadOnlyList<Outcome> parts) => Combine(parts, Truth.False, Truth.True);

    /// <summary>Kleene disjunction: true if any part is true, else unknown if any is, else false.</summary>
    public static Outcome Any(IReadOnlyList<Outcome> parts) => Combine(parts, Truth.True, Truth.False);

    private static Outcome Combine(IReadOnlyList<Outcome> parts, Truth dominant, Truth identity)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var evidence = parts.SelectMany(p => p.Evidence).ToList();
        var decider = parts.FirstOrDefault(p => p.Truth == dominant) ?? parts.FirstOrDefault(p => p.Truth == Truth.Unknown);
        return decider is not null
            ? new Outcome(decider.Truth, evidence, decider.Decisive)
            : new Outcome(identity, evidence, parts.LastOrDefault()?.Decisive);
    }
}
