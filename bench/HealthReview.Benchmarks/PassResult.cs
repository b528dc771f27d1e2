namespace HealthReview.Benchmarks;

/// <summary>One timed pass: wall time, the process's CPU time (all threads) and what the GC allocated during it.</summary>
internal readonly record struct PassResult(double Milliseconds, double CpuMilliseconds, long AllocatedBytes);
