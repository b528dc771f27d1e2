namespace HealthReview.Core.Model;

/// <summary>Where a value was read: the input's display path (relative to the scanned PATH) and a 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}" : Path;
}
