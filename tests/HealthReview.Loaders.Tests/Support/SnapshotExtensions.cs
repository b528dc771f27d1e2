using HealthReview.Core.Inputs;
using HealthReview.Core.Model;

namespace HealthReview.Loaders.Tests.Support;

/// <summary>Finds the one app or input file a test is about, failing clearly when it is not there exactly once.</summary>
internal static class SnapshotExtensions
{
    public static ExternalClientApp Eca(this ExportSnapshot snapshot, string name) =>
        snapshot.Apps.OfType<ExternalClientApp>().Should().ContainSingle(a => a.Name == name).Subject;

    public static ConnectedApp Ca(this ExportSnapshot snapshot, string name) =>
        snapshot.Apps.OfType<ConnectedApp>().Should().ContainSingle(a => a.Name == name).Subject;

    /// <summary>The input whose display path ends with <paramref name="pathEnd"/>.</summary>
    public static InputFile Input(this ExportSnapshot snapshot, string pathEnd) =>
        snapshot.Inputs.Should().ContainSingle(i => i.Path.EndsWith(pathEnd, StringComparison.Ordinal)).Subject;

    public static IEnumerable<InputDiagnostic> DiagnosticsFor(this ExportSnapshot snapshot, string pathEnd) =>
        snapshot.Diagnostics.Where(d => d.Location.Path.EndsWith(pathEnd, StringComparison.Ordinal));
}
