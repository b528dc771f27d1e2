namespace HealthReview.Pdf.Drawing;

internal enum DrawOperationKind
{
    Text,
    Rectangle,
    Vector,
    Destination,
    Link,
}
