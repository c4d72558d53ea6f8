using System.Globalization;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.LiveSessions;
using Microsoft.Extensions.Options;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>
/// Keeps one Quartz trigger per scheduled live session in line with the session grain, which owns
/// the start time: its announcement (<c>LiveSessionStarting</c>, <see cref="LiveStreamingOptions.AnnounceBefore"/>
/// before the start), replaced whenever the start changes, and not set when it can no longer be
/// made on time (<see cref="LiveAnnouncement"/>: never late after a restart; at once for a session
/// scheduled to start within the lead time).
/// </summary>
public sealed class LiveAnnouncementSchedule(ISchedulerFactory schedulers, TimeProvider clock, IOptions<LiveStreamingOptions> options)
{
    public const string Group = "live-sessions";

    public static readonly JobKey AnnounceJob = new("announce", Group);

    /// <summary>After the session was scheduled or moved (<paramref name="catchingUp"/> false), or at start-up (true: never late).</summary>
    public async Task SyncAsync(LiveSessionInfo session, bool catchingUp = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new TriggerKey(session.SessionId, Group);
        var (lead, now) = (options.Value.AnnounceBefore, clock.GetUtcNow());
        var plan = session is not { Status: LiveSessionStatus.Scheduled, AnnouncedAt: null } ? null
            : catchingUp ? LiveAnnouncement.AtStartUp(session.StartsAt, lead, now)
            : LiveAnnouncement.WhenScheduled(session.StartsAt, lead, now);
        if (plan is not var (fireAt, until))
        {
            await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }

        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(key)
            .ForJob(AnnounceJob)
            .UsingJobData(JobData.SessionId, session.SessionId)
            .UsingJobData(JobData.Until, until.ToString("O", CultureInfo.InvariantCulture))
            .StartAt(fireAt)

            // Late by more than Quartz's threshold (a stalled process), it still fires: the job asks
            // whether the announcement is still on time before making it.
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
    }
}
