namespace HealthReview.Pdf.Typography;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}
