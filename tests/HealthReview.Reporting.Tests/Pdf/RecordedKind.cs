namespace HealthReview.Reporting.Tests.Pdf;

public enum RecordedKind
{
    Text,
    Rectangle,
    Vector,
    Destination,
    Link,
}
