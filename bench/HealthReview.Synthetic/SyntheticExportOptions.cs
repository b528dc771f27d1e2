namespace HealthReview.Synthetic;

/// <summary>What <see cref="SyntheticExport.Write"/> generates.</summary>
public sealed record SyntheticExportOptions
{
    /// <summary>The largest <see cref="AppCount"/> accepted.</summary>
    public const int MaxAppCount = 1_000_000;

    /// <summary>Number of apps (External Client Apps and Connected Apps together), 0 to <see cref="MaxAppCount"/>.</summary>
    public required int AppCount { get; init; }

    /// <summary>
    /// Seed of the generator. The same seed, app count and layout always give byte-identical output, on any .NET
    /// version and machine: the generator uses its own fixed algorithm (SplitMix64), not <see cref="Random"/>.
    /// </summary>
    public int Seed { get; init; } = 1;

    /// <summary>Directory layout of the export.</summary>
    public ExportLayout Layout { get; init; } = ExportLayout.Sfdx;
}
