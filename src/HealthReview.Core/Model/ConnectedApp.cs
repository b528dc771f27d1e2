using HealthReview.Core.Model.ConnectedApps;

namespace HealthReview.Core.Model;

/// <summary>A Connected App: one file. <see cref="Definition"/> is null when that file could not be used (a duplicate).</summary>
public sealed record ConnectedApp : OAuthClient
{
    public override AppKind Kind => AppKind.ConnectedApp;

    public ConnectedAppDefinition? Definition { get; init; }
}
