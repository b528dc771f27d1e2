namespace HealthReview.Core.Model;

/// <summary>
/// One typed value from an export, with the element it came from. A missing element is <see cref="SettingState.Absent"/>,
/// never a default: defaults are the rules' business because they differ between External Client Apps and Connected Apps.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="RawText"/> is what the element said, for evidence in reports. For secret-bearing elements it is replaced by a
/// placeholder at load time, so a secret never enters the snapshot.
/// </para>
/// <para>
/// A value type, held inside its component: a snapshot of 10,000 apps has some 350,000 settings, and as objects of their
/// own they were a third of everything the loader keeps (and the garbage collector had to copy). <c>default</c> is
/// <see cref="Absent"/>. The location is stored unpacked for the same reason (a nullable location is 8 bytes more).
/// </para>
/// </remarks>
public readonly record struct Setting<T>
{
    // What the element said: its raw text when the value was understood, an InvalidText (raw text and why it is not a
    // value) when not. Invalid settings are rare, so their problem is not worth a field in every setting.
    private readonly object? text;
    private readonly string? path;
    private readonly int line;
    private readonly int column;

    private Setting(SettingState state, T? value, object? text, SourceLocation? location)
    {
        State = state;
        Value = value;
        this.text = text;
        if (location is { } at)
        {
            path = at.Path;
            line = at.Line;
            column = at.Column;
        }
    }

    public static Setting<T> Absent => default;

    public SettingState State { get; }

    /// <summary>The value; meaningful only when <see cref="IsPresent"/>.</summary>
    public T? Value { get; }

    public string? RawText => text as string ?? (text as InvalidText)?.RawText;

    /// <summary>Where the element is; null when the setting is absent.</summary>
    public SourceLocation? Location => path is null ? null : new SourceLocation(path, line, column);

    /// <summary>Why the text is not a valid value, when <see cref="State"/> is <see cref="SettingState.Invalid"/>.</summary>
    public string? Problem => (text as InvalidText)?.Problem;

    public bool IsPresent => State == SettingState.Present;

    public bool IsAbsent => State == SettingState.Absent;

    public bool IsInvalid => State == SettingState.Invalid;

    public static Setting<T> Of(T value, string rawText, SourceLocation location) =>
        new(SettingState.Present, value, rawText, location);

    public static Setting<T> Invalid(string rawText, SourceLocation location, string problem) =>
        new(SettingState.Invalid, default, new InvalidText(rawText, problem), location);

    /// <summary>The value when present, otherwise <paramref name="fallback"/>; callers that use it must say which default they assumed.</summary>
    public T? ValueOr(T? fallback) => IsPresent ? Value : fallback;

    public override string ToString() => State switch
    {
        SettingState.Present => $"{RawText} ({Location})",
        SettingState.Invalid => $"invalid '{RawText}' ({Location}): {Problem}",
        _ => "absent",
    };

    /// <summary>The text of an invalid setting and why it is not a value.</summary>
    private sealed record InvalidText(string? RawText, string Problem);
}
