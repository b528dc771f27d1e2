using Spectre.Console;

namespace HealthReview.Cli;

/// <summary>A progress bar on standard error while files are read, shown only where <see cref="CliEnvironment.ShowProgress"/> allows.</summary>
public static class ProgressDisplay
{
    public static T Run<T>(CliEnvironment environment, string description, Func<IProgress<(int Done, int Total)>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(work);
        if (!environment.ShowProgress)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = string.IsNullOrEmpty(environment.GetVariable("NO_COLOR")) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: 1);
                result = work(new Progress(task));
            });
        return result;
    }

    private sealed class Progress(ProgressTask task) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
