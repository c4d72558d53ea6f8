using GraduateFair.Domain.Enumerations;
using GraduateFair.Grains.Applications;
using GraduateFair.Grains.Accounts;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Companies;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Grains.Jobs;
using GraduateFair.Grains.Notifications;
using GraduateFair.Grains.Pushes;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Resumes;
using GraduateFair.Grains.Scheduling;
using GraduateFair.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraduateFair.Grains;

public static class GrainHostBuilderExtensions
{
    /// <summary>Registers every GraduateFair grain. Type names are storage paths: never rename them.</summary>
    public static GrainHostBuilder AddGraduateFairGrains(this GrainHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddGrain<IUserGrain, UserGrain>("user")
            .AddGrain<IEmailGrain, EmailGrain>("email")
            .AddGrain<ICompanyGrain, CompanyGrain>("company")
            .AddGrain<ICompanyDirectoryGrain, CompanyDirectoryGrain>("company-directory")
            .AddGrain<IFairGrain, FairGrain>("fair")
            .AddGrain<IFairDirectoryGrain, FairDirectoryGrain>("fair-directory")
            .AddGrain<IBoothGrain, BoothGrain>("booth")
            .AddGrain<IInterviewQueueGrain, InterviewQueueGrain>("interview-queue")
            .AddGrain<IGraduateGrain, GraduateGrain>("graduate")
            .AddGrain<IInvitationGrain, InvitationGrain>("invitation")
            .AddGrain<IInterviewRoomGrain, InterviewRoomGrain>("interview-room")
            .AddGrain<ILiveSessionGrain, LiveSessionGrain>("live-session")
            .AddGrain<ILiveSessionDirectoryGrain, LiveSessionDirectoryGrain>("live-session-directory")
            .AddGrain<IJobApplicationsGrain, JobApplicationsGrain>("job-applications")
            .AddGrain<IResumeGrain, ResumeGrain>("resume")
            .AddGrain<IOpenJobsGrain, OpenJobsGrain>("open-jobs")
            .AddGrain<ICaseShardGrain, CaseShardGrain>("case-shard")
            .AddGrain<INotificationShardGrain, NotificationShardGrain>("notification-shard")
            .AddGrain<ISweepLedgerGrain, SweepLedgerGrain>("sweep-ledger");
    }

    /// <summary>
    /// The services grains take, with defaults for hosts without real-time clients (no events,
    /// everyone online); the server replaces them with the hub's.
    /// </summary>
    public static IServiceCollection AddGraduateFairGrainServices(this IServiceCollection services)
    {
        services.TryAddSingleton<IFairEvents, NoFairEvents>();
        services.TryAddSingleton<IPresence, EveryoneOnline>();
        services.TryAddSingleton<ILiveEvents, NoLiveEvents>();
        services.TryAddSingleton<IGraduateNotifier, NoGraduateNotifier>();
        services.TryAddSingleton<JobIndexCache>();
        services.TryAddSingleton<JobPushes>();
        services.TryAddSingleton<FollowUpSweep>();
        services.TryAddSingleton<FairReminders>();
        services.AddOptions<QueueOptions>();
        services.AddOptions<LiveSessionOptions>();
        return services;
    }

    /// <summary>The JSON options grain state and events are stored with (kebab-case enumerations).</summary>
    public static void UseGraduateFairSerialization(this GrainHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SerializerOptions = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web).AddKebabCaseEnums();
    }
}
