namespace HealthReview.Core.Model;

/// <summary>The kind of OAuth client a finding is about; <see cref="Org"/> for org-wide settings.</summary>
public enum AppKind
{
    ExternalClientApp,
    ConnectedApp,
    Org,
}
