namespace HealthReview.Core.Model;

/// <summary>One OAuth client of the org, as far as the export shows it.</summary>
public abstract record OAuthClient
{
    /// <summary>The app's API name: the header's file name for an External Client App, the file name for a Connected App.</summary>
    public required string Name { get; init; }

    public abstract AppKind Kind { get; }

    /// <summary>The display paths of every file that contributed, sorted.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>What is wrong with this app's files as a whole (a duplicate, a missing header), one line each.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
