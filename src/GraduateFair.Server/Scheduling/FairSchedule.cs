using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Notifications;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>
/// Keeps Quartz's triggers for one fair in line with the fair grain, which owns the schedule: an
/// opening, a closing and the reminders still to send, each replaced whenever the fair changes.
/// Times already passed are dealt with on purpose, not left to Quartz's misfire rules: a fair whose
/// closing passed closes at once, one whose opening passed opens at once, and a reminder whose time
/// passed (beyond <see cref="ReminderSchedule.Grace"/>) is not scheduled, so never sent late.
/// </summary>
public sealed partial class FairSchedule(IGrainFactory grains, ISchedulerFactory schedulers, TimeProvider clock, ILogger<FairSchedule> logger)
{
    public const string Group = "fairs";

    public static readonly JobKey OpenJob = new("open", Group);
    public static readonly JobKey CloseJob = new("close", Group);
    public static readonly JobKey ReminderJob = new("reminder", Group);

    /// <summary>Opens or closes the fair if its time has come, then (re)builds its triggers; answers the fair, or null when there is none.</summary>
    public async Task<FairInfo?> SyncAsync(string fairId, CancellationToken cancellationToken = default)
    {
        var fair = grains.GetGrain<IFairGrain>(fairId);
        var info = await fair.GetAsync();
        if (info is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (info.Status != FairStatus.Closed && info.ClosesAt <= now)
        {
            info = (await fair.CloseAsync()).Fair ?? info;
            LogCaughtUp(logger, fairId, "closed", info.ClosesAt);
        }
        else if (info.Status == FairStatus.Scheduled && info.OpensAt <= now)
        {
            info = (await fair.OpenAsync()).Fair ?? info;
            LogCaughtUp(logger, fairId, "opened", info.OpensAt);
        }

        await ScheduleAsync(info, now, cancellationToken);
        return info;
    }

    private async Task ScheduleAsync(FairInfo fair, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await SetAsync(scheduler, fair.FairId, "open", OpenJob, fair.Status == FairStatus.Scheduled ? fair.OpensAt : null, null, cancellationToken);
        await SetAsync(scheduler, fair.FairId, "close", CloseJob, fair.Status != FairStatus.Closed ? fair.ClosesAt : null, null, cancellationToken);
        var pending = fair.Status == FairStatus.Scheduled ? ReminderSchedule.Pending(fair.OpensAt, now) : [];
        foreach (var reminder in ReminderSchedule.All)
        {
            var at = pending.FirstOrDefault(p => p.Reminder == reminder)?.SendAt;
            await SetAsync(scheduler, fair.FairId, KebabCase.Format(reminder), ReminderJob, at, reminder, cancellationToken);
        }
    }

    private static async Task SetAsync(IScheduler scheduler, string fairId, string what, JobKey job, DateTimeOffset? at, FairReminder? reminder, CancellationToken cancellationToken)
    {
        var key = new TriggerKey($"{fairId}/{what}", Group);
        if (at is not { } fireAt)
        {
            await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }

        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(key)
            .ForJob(job)
            .UsingJobData(JobData.FairId, fairId)
            .UsingJobData(JobData.Reminder, reminder is { } r ? KebabCase.Format(r) : "")
            .StartAt(fireAt)

            // A trigger late by more than Quartz's threshold (a stalled process) still fires: the
            // job asks the fair whether it is due (reminders: ShouldSend's grace) before acting.
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {FairId} {What} on catching up: its time ({At}) passed while nothing was running")]
    private static partial void LogCaughtUp(ILogger logger, string fairId, string what, DateTimeOffset at);
}
