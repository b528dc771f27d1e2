namespace HealthReview.Pdf.Text;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}
