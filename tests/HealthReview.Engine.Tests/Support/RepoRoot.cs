namespace HealthReview.Engine.Tests.Support;

/// <summary>The repository root, found by walking up from the test output folder to <c>HealthReview.sln</c>.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "HealthReview.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HealthReview.sln not found above " + TestContext.CurrentContext.TestDirectory);
    });

    public static string Path => Root.Value;

    /// <summary>An absolute path from one relative to the root, written with forward slashes.</summary>
    public static string Combine(string relative) => System.IO.Path.Combine([Path, .. relative.Split('/')]);
}
