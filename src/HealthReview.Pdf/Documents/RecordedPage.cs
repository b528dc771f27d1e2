using HealthReview.Pdf.Drawing;

namespace HealthReview.Pdf.Documents;

/// <summary>A page as the counting pass laid it out: the header and footer heights, and the content's drawing.</summary>
internal sealed record RecordedPage(float HeaderHeight, float FooterHeight, IReadOnlyList<DrawOperation> Content);
