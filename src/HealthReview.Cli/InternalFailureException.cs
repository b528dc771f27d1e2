namespace HealthReview.Cli;

/// <summary>Our own fault (a broken built-in rule, a failing writer): exit code 4.</summary>
public sealed class InternalFailureException : Exception
{
    public InternalFailureException()
    {
    }

    public InternalFailureException(string message)
        : base(message)
    {
    }

    public InternalFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
