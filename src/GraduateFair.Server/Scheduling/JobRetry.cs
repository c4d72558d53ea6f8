using GraduateFair.Runtime;
using GraduateFair.Storage;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>
/// A one-shot job that could not do its work (storage unreachable, a grain's write refused) tries
/// again a little later instead of being lost until the next start-up. The retry carries the same
/// data and replaces an earlier retry of the same trigger; the job asks its grain again whether
/// it is still due, so a retry after someone acted by hand does nothing.
/// </summary>
internal static partial class JobRetry
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(30);

    private const string Suffix = "/retry";

    /// <summary>
    /// Runs the job's work; when storage or a grain write fails on the way, schedules a retry and
    /// rethrows (Quartz records the failure).
    /// </summary>
    public static async Task RunAsync(IJobExecutionContext context, TimeProvider clock, ILogger logger, Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work();
        }
        catch (Exception exception) when (exception is GrainStateWriteException or BlobStoreUnavailableException or GrainActivationException or TimeoutException)
        {
            LogRetrying(logger, exception, context.Trigger.Key.ToString(), Delay);
            await LaterAsync(context, clock, cancellationToken);
            throw;
        }
    }

    private static async Task LaterAsync(IJobExecutionContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = context.Trigger.Key.Name.EndsWith(Suffix, StringComparison.Ordinal) ? context.Trigger.Key.Name : context.Trigger.Key.Name + Suffix;
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(new TriggerKey(name, context.Trigger.Key.Group))
            .ForJob(context.JobDetail.Key)
            .UsingJobData(new JobDataMap((IDictionary<string, object?>)context.Trigger.JobDataMap))
            .StartAt(clock.GetUtcNow() + Delay)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await context.Scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled job {Trigger} could not do its work; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string trigger, TimeSpan delay);
}
