namespace HealthReview.Benchmarks;

/// <summary>One timed pass: wall time, the process's CPU time (all threads), GC pause time, what the GC allocated, minor page faults.</summary>
internal readonly record struct PassResult(double Milliseconds, double CpuMilliseconds, double GcPauseMilliseconds, long AllocatedBytes, long MinorFaults);
