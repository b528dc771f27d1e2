using HealthReview.Core.Model;

namespace HealthReview.Core.Results;

public sealed record AppScore(string App, AppKind Kind, PostureScore Score);
