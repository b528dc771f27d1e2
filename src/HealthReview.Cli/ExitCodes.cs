namespace HealthReview.Cli;

/// <summary>Chooses the one exit code when several apply: 2, then 4, then 3, then 1, then 0.</summary>
public static class ExitCodes
{
    private static readonly ExitCode[] Priority = [ExitCode.Cancelled, ExitCode.UsageError, ExitCode.InternalError, ExitCode.InputError, ExitCode.GateFailed];

    public static ExitCode Combine(IEnumerable<ExitCode> outcomes)
    {
        var set = outcomes.ToHashSet();
        return Priority.FirstOrDefault(set.Contains, ExitCode.Success);
    }

    public static ExitCode Combine(params ExitCode[] outcomes) => Combine((IEnumerable<ExitCode>)outcomes);
}
