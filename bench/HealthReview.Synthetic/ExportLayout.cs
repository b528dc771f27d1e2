namespace HealthReview.Synthetic;

/// <summary>How the synthetic export is laid out on disk.</summary>
public enum ExportLayout
{
    /// <summary>
    /// SFDX source format: <c>sfdx-project.json</c> plus <c>force-app/main/default/&lt;folder&gt;/&lt;Name&gt;.&lt;suffix&gt;-meta.xml</c>
    /// and a wildcard <c>manifest/package.xml</c>.
    /// </summary>
    Sfdx,

    /// <summary>
    /// Metadata (MDAPI) format as an unzipped retrieve: <c>unpackaged/package.xml</c> listing every member, plus
    /// <c>unpackaged/&lt;folder&gt;/&lt;Name&gt;.&lt;suffix&gt;</c>.
    /// </summary>
    Mdapi,
}
