using HealthReview.Core.Model;

namespace HealthReview.Engine.Fields;

/// <summary>
/// What the export says about one field of one app: the value (bool, long, string, enum name, or list of strings), how it
/// was written, where, and — when there is no value — why.
/// </summary>
/// <param name="Element">The metadata element, as a reader would search for it (e.g. <c>oauthConfig/isPkceRequired</c>).</param>
/// <param name="Problem">Why there is no usable value (invalid text, missing file and how to retrieve it).</param>
public sealed record FieldRead(FieldReadState State, object? Value, string? Display, SourceLocation? Location, string Element, string? Problem)
{
    /// <summary>For list values read from repeated or multi-line elements: where each item is.</summary>
    public IReadOnlyList<SourceLocation> ItemLocations { get; init; } = [];

    public static FieldRead Missing(string element, string problem) => new(FieldReadState.Missing, null, null, null, element, problem);

    public static FieldRead Absent(string element, SourceLocation? fileLocation) => new(FieldReadState.Absent, null, null, fileLocation, element, null);

    public static FieldRead Of(object value, string display, SourceLocation? location, string element) =>
        new(FieldReadState.Present, value, display, location, element, null);
}
