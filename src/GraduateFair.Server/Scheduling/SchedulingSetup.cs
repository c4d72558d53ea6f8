using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Quartz runs every clock: fairs opening and closing, reminders, live sessions' announcements, job pushes, follow-up sweeps.</summary>
public static class SchedulingSetup
{
    /// <summary>
    /// Quartz with an in-memory store (the grains own every schedule; <see cref="ScheduleStartup"/>
    /// rebuilds the triggers) on the container's <see cref="TimeProvider"/>, so tests drive it with a
    /// manual clock.
    /// </summary>
    public static IServiceCollection AddGraduateFairScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<SchedulingOptions>(configuration.GetSection(SchedulingOptions.SectionName));
        services.AddSingleton<FairSchedule>();
        services.AddSingleton<JobPushTriggers>();
        services.AddSingleton<LiveAnnouncementSchedule>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<OpenFairJob>(job => job.WithIdentity(FairSchedule.OpenJob).StoreDurably(true));
            quartz.AddJob<CloseFairJob>(job => job.WithIdentity(FairSchedule.CloseJob).StoreDurably(true));
            quartz.AddJob<FairReminderJob>(job => job.WithIdentity(FairSchedule.ReminderJob).StoreDurably(true));
            quartz.AddJob<AnnounceLiveSessionJob>(job => job.WithIdentity(LiveAnnouncementSchedule.AnnounceJob).StoreDurably(true));
            quartz.AddJob<NewJobPushJob>(job => job.WithIdentity(Sweeps.NewJobPush).StoreDurably(true));
            quartz.AddJob<JobPushSweepJob>(job => job.WithIdentity(Sweeps.WeeklyPush).StoreDurably(true).DisallowConcurrentExecution(true));
            quartz.AddJob<FollowUpSweepJob>(job => job.WithIdentity(Sweeps.MonthlyFollowUp).StoreDurably(true).DisallowConcurrentExecution(true));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<ScheduleStartup>();
        services.AddHostedService<LiveSessionStartup>();
        return services;
    }
}
