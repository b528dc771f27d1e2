using HealthReview.Core.Inputs;

namespace HealthReview.Loaders.Discovery;

/// <summary>The files found under the scanned paths, sorted by display path, and problems with the paths themselves.</summary>
public sealed record DiscoveryResult(IReadOnlyList<CandidateFile> Files, IReadOnlyList<InputDiagnostic> Problems);
