using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests.Engine;

/// <summary>The paths inside the repository that the engine's command-line tests use (see <see cref="RepositoryRoot"/>).</summary>
internal static class EngineRepoPaths
{
    /// <summary>The sample export the README scans.</summary>
    public static string AcmeSample => RepositoryRoot.Combine("samples/acme-org");

    /// <summary>The built-in rule pack.</summary>
    public static string RulesFolder => RepositoryRoot.Combine("rules");
}
