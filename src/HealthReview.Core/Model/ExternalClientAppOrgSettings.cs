namespace HealthReview.Core.Model;

/// <summary>The org setting <c>ExternalClientAppSettings</c> (<c>settings/ExternalClientApp.settings</c>).</summary>
public sealed record ExternalClientAppOrgSettings : MetadataComponent
{
    public Setting<bool> EnableExternalClientApps { get; init; } = Setting<bool>.Absent;

    /// <summary>Deprecated in API 66 but still honoured: consumer secrets readable through the Metadata API.</summary>
    public Setting<bool> EnableConsumerSecretApiAccess { get; init; } = Setting<bool>.Absent;
    public Setting<bool> EnableClientSecretInRestApiAccess { get; init; } = Setting<bool>.Absent;
    public Setting<bool> EnablePackageEcaOauthFromDevOrg { get; init; } = Setting<bool>.Absent;
}
