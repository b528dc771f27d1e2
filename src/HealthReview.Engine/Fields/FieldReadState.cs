namespace HealthReview.Engine.Fields;

public enum FieldReadState
{
    /// <summary>The element is there and valid.</summary>
    Present,

    /// <summary>The file is there, the element is not: a rule default may apply.</summary>
    Absent,

    /// <summary>The element is there but its value could not be understood.</summary>
    Invalid,

    /// <summary>The file that would hold the element is not in the export (or could not be used).</summary>
    Missing,
}
