namespace HealthReview.Pdf.Drawing;

/// <summary>Where a link goes: a named destination in this document, or an external URL.</summary>
public sealed record LinkTarget
{
    private LinkTarget(string? destination, string? url)
    {
        Destination = destination;
        Url = url;
    }

    public string? Destination { get; }

    public string? Url { get; }

    public static LinkTarget ToDestination(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new LinkTarget(name, null);
    }

    public static LinkTarget ToUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new LinkTarget(null, url);
    }
}
