namespace HealthReview.Loaders.Tests.Support;

/// <summary>The repository's root folder, found by walking up from the test output folder to <c>HealthReview.sln</c>.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>An absolute path below the repository root, from a path written with forward slashes.</summary>
    public static string Combine(string relative) =>
        System.IO.Path.Combine([Path, .. relative.Split('/')]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "HealthReview.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"HealthReview.sln not found above {TestContext.CurrentContext.TestDirectory}");
    }
}
