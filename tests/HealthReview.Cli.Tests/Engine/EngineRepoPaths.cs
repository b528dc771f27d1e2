namespace HealthReview.Cli.Tests.Engine;

/// <summary>Paths inside the repository, found by walking up from the test output folder to <c>HealthReview.sln</c>.</summary>
internal static class EngineRepoPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HealthReview.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HealthReview.sln not found above " + TestContext.CurrentContext.TestDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The sample export the README scans.</summary>
    public static string AcmeSample => Of("samples/acme-org");

    /// <summary>The built-in rule pack.</summary>
    public static string RulesFolder => Of("rules");

    /// <summary>An absolute path from one relative to the root, written with forward slashes.</summary>
    public static string Of(string relative) => Path.Combine([RepositoryRoot, .. relative.Split('/')]);
}
