namespace HealthReview.Core.Model.ExternalClientApps;

/// <summary>
/// <c>ExtlClntAppOauthSecuritySettings</c> (<c>.ecaOauthSecurity</c>, API 67). Its schema is not published, so apart from the
/// app name and label its elements are kept as they are, for rules and attestations to interpret.
/// </summary>
public sealed record EcaOauthSecuritySettings : MetadataComponent
{
    public Setting<string> ExternalClientApplication { get; init; } = Setting<string>.Absent;
    public Setting<string> Label { get; init; } = Setting<string>.Absent;
    public IReadOnlyList<RawElement> Elements { get; init; } = [];
}
