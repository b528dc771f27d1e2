namespace HealthReview.Synthetic;

/// <summary>One metadata component: its type, its member (file) name and its XML text.</summary>
internal sealed record GeneratedFile(MetadataKind Kind, string MemberName, string Content)
{
    public string RelativePath(ExportLayout layout) => layout == ExportLayout.Sfdx
        ? $"{Kind.Folder}/{MemberName}.{Kind.Suffix}-meta.xml"
        : $"{Kind.Folder}/{MemberName}.{Kind.Suffix}";
}
