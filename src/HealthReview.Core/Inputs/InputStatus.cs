namespace HealthReview.Core.Inputs;

/// <summary>What became of one input file. Serialised as the lower-camel words of results.json.</summary>
public enum InputStatus
{
    Parsed,
    Ignored,
    Error,
}
