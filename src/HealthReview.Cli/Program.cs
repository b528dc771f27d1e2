using HealthReview.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C asks the scan to stop cleanly (exit 130); reports already renamed into place stay whole.
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApplication.RunAsync(args, CliEnvironment.FromProcess(), cancellation.Token).ConfigureAwait(false);
