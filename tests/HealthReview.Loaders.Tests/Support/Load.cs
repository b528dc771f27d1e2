using HealthReview.Core.Model;

namespace HealthReview.Loaders.Tests.Support;

/// <summary>Runs the loader the way the CLI does: paths in, one snapshot out.</summary>
internal static class Load
{
    /// <summary>Loads repository-relative paths (forward slashes), e.g. <c>samples/acme-org</c>.</summary>
    public static ExportSnapshot Repository(params string[] relativePaths) =>
        Paths(new LoaderOptions(), [.. relativePaths.Select(RepositoryRoot.Combine)]);

    public static ExportSnapshot Paths(params string[] paths) => Paths(new LoaderOptions(), paths);

    public static ExportSnapshot Paths(LoaderOptions options, params string[] paths) => new ExportLoader(options).Load(paths);
}
