namespace HealthReview.Reporting.Json;

/// <summary>One line of the inventory. <c>status</c> is parsed, ignored or error.</summary>
public sealed record InputDocument(string Path, string? Sha256, long SizeBytes, string? MetadataType, string Status, string? Message, int? Line, int? Column, string? App);
