namespace HealthReview.Pdf.Tests.Support;

public enum DrawnKind
{
    Text,
    Rectangle,
    Vector,
    Probe,
    Destination,
    Link,
}
