using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Scheduling;
using GraduateFair.Runtime;
using Microsoft.Extensions.Options;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>
/// Rebuilds Quartz's triggers (an in-memory store) from the grains that own the schedules: every
/// fair not closed is caught up (opened or closed if its time passed while the server was down)
/// and its triggers are set again; the recurring sweeps are scheduled, and a run missed while the
/// server was down is made up once, now.
/// </summary>
public sealed partial class ScheduleStartup(
    IGrainFactory grains,
    FairSchedule fairs,
    ISchedulerFactory schedulers,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var listed = await grains.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey).ListAsync();
        var scheduled = 0;
        foreach (var fair in listed.Where(f => f.Status != FairStatus.Closed))
        {
            try
            {
                await fairs.SyncAsync(fair.FairId, cancellationToken);
                scheduled++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One fair that cannot be read now must not keep every other fair off schedule;
                // its next change, or the next start, schedules it.
                LogFairNotScheduled(logger, exception, fair.FairId);
            }
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var zone = options.Value.ResolveTimeZone();
        await ScheduleSweepAsync(scheduler, Sweeps.WeeklyPush, options.Value.WeeklyPushCron, zone, cancellationToken);
        await ScheduleSweepAsync(scheduler, Sweeps.MonthlyFollowUp, options.Value.MonthlyFollowUpCron, zone, cancellationToken);
        LogRebuilt(logger, scheduled);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleSweepAsync(IScheduler scheduler, JobKey job, string cron, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var expression = CronExpression.Parse(cron).WithTimeZone(zone);
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(job.Name, Sweeps.Group)
            .ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(expression).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);

        var now = clock.GetUtcNow();
        var lastRun = await grains.GetGrain<ISweepLedgerGrain>(job.Name).GetLastRunAsync(now);
        if (expression.GetNextValidTimeAfter(lastRun) is { } missed && missed <= now)
        {
            LogCatchingUp(logger, job.Name, missed);
            await scheduler.TriggerJob(job, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Fair {FairId} could not be scheduled at start-up")]
    private static partial void LogFairNotScheduled(ILogger logger, Exception exception, string fairId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedules rebuilt from {Fairs} fairs not closed")]
    private static partial void LogRebuilt(ILogger logger, int fairs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep {Sweep} was due at {Missed} while the server was down: running it now")]
    private static partial void LogCatchingUp(ILogger logger, string sweep, DateTimeOffset missed);
}
