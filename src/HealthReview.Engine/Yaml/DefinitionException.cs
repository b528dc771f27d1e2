namespace HealthReview.Engine.Yaml;

/// <summary>A rule or config file that is not valid: the file, the line, and what is wrong, for one line of output.</summary>
public sealed class DefinitionException : Exception
{
    public DefinitionException()
    {
    }

    public DefinitionException(string message)
        : base(message)
    {
    }

    public DefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DefinitionException(string file, long line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string? File { get; }

    public long Line { get; }

    public string? Problem { get; }
}
