namespace HealthReview.Core.Model;

/// <summary>Whether the export said something about a setting, and whether we could understand it.</summary>
/// <remarks>A byte: it sits in every setting, and there are hundreds of thousands of them in a large snapshot.</remarks>
public enum SettingState : byte
{
    /// <summary>The element is not in the export. Rules decide what that means (Salesforce defaults differ by app kind).</summary>
    Absent,

    /// <summary>The element is there and its text was understood.</summary>
    Present,

    /// <summary>The element is there but its text is not a valid value; it must never be read as a default.</summary>
    Invalid,
}
