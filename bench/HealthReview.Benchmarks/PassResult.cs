namespace HealthReview.Benchmarks;

/// <summary>One timed pass: wall time and what the GC allocated during it.</summary>
internal readonly record struct PassResult(double Milliseconds, long AllocatedBytes);
