namespace HealthReview.Synthetic;

/// <summary>What <see cref="SyntheticExport.Write"/> wrote.</summary>
/// <param name="AppCount">Apps written (External Client Apps plus Connected Apps).</param>
/// <param name="ExternalClientAppCount">External Client Apps written.</param>
/// <param name="ConnectedAppCount">Connected Apps written.</param>
/// <param name="MetadataFileCount">Metadata files written for the apps and the org settings.</param>
/// <param name="FileCount">All files written, including project files and manifests.</param>
/// <param name="ByteCount">Total size of all files written, in bytes.</param>
public sealed record SyntheticExportResult(
    int AppCount,
    int ExternalClientAppCount,
    int ConnectedAppCount,
    int MetadataFileCount,
    int FileCount,
    long ByteCount);
