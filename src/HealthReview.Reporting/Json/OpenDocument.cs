namespace HealthReview.Reporting.Json;

public sealed record OpenDocument(int Critical, int High, int Medium, int Low);
