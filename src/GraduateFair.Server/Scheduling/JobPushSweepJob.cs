using GraduateFair.Grains.Pushes;
using GraduateFair.Grains.Scheduling;
using GraduateFair.Runtime;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>The weekly job-push sweep.</summary>
public sealed partial class JobPushSweepJob(JobPushes pushes, IGrainFactory grains, ILogger<JobPushSweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tally = await pushes.SweepAsync();
        await grains.GetGrain<ISweepLedgerGrain>(Sweeps.WeeklyPush.Name).RecordRunAsync(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        LogSwept(logger, tally.Jobs, tally.Graduates);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly job push: {Jobs} jobs to {Graduates} graduates")]
    private static partial void LogSwept(ILogger logger, int jobs, int graduates);
}
