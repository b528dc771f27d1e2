namespace HealthReview.Cli;

/// <summary>A mistake in how the program was called: printed as one line, exit code 2, never a stack trace.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
