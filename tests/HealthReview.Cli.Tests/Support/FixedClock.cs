namespace HealthReview.Cli.Tests.Support;

/// <summary>A clock that always says the same time, so a report made without --now is still predictable.</summary>
internal sealed class FixedClock : TimeProvider
{
    private readonly DateTimeOffset now;

    public FixedClock(DateTimeOffset now)
    {
        this.now = now;
    }

    public override DateTimeOffset GetUtcNow() => now;
}
