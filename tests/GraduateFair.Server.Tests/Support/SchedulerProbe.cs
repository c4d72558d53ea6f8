using GraduateFair.Server.Tests.Hubs.Client;
using Quartz;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// Lets a test await Quartz jobs: ask for the next run of a job (and trigger) before moving the
/// clock, then await it with a timeout that names it. A job that throws fails the wait.
/// </summary>
public sealed class SchedulerProbe : IJobListener
{
    private readonly object _sync = new();
    private readonly List<Waiter> _waiters = [];

    public string Name { get; } = "test-probe-" + Guid.NewGuid().ToString("N");

    /// <summary>The next completed run of <paramref name="job"/> whose trigger name starts with <paramref name="triggerPrefix"/> (any when null).</summary>
    public Task<IJobExecutionContext> Next(JobKey job, string? triggerPrefix = null)
    {
        var waiter = new Waiter(job, triggerPrefix);
        lock (_sync)
        {
            _waiters.Add(waiter);
        }

        return waiter.Done.Task;
    }

    /// <summary>Awaits <see cref="Next"/> with a timeout naming <paramref name="what"/>.</summary>
    public static Task<IJobExecutionContext> Within(Task<IJobExecutionContext> run, string what) => run.WithTimeout(what);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        List<Waiter> matched;
        lock (_sync)
        {
            matched = [.. _waiters.Where(w => w.Matches(context))];
            _waiters.RemoveAll(matched.Contains);
        }

        foreach (var waiter in matched)
        {
            if (jobException is not null)
            {
                waiter.Done.TrySetException(new InvalidOperationException($"Job {context.JobDetail.Key} ({context.Trigger.Key}) failed.", jobException));
            }
            else
            {
                waiter.Done.TrySetResult(context);
            }
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Waiter(JobKey Job, string? TriggerPrefix)
    {
        public TaskCompletionSource<IJobExecutionContext> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Matches(IJobExecutionContext context) =>
            context.JobDetail.Key.Equals(Job)
            && (TriggerPrefix is null || context.Trigger.Key.Name.StartsWith(TriggerPrefix, StringComparison.Ordinal));
    }
}
