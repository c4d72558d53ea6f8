using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Opens a fair at its opening time, through the same call an organiser's "open now" makes.</summary>
public sealed partial class OpenFairJob(IGrainFactory grains, TimeProvider clock, ILogger<OpenFairJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fairId = context.Text(JobData.FairId);
        var fair = grains.GetGrain<IFairGrain>(fairId);
        await JobRetry.RunAsync(context, clock, logger, async () =>
        {
            // The fair decides: a trigger left from before a reschedule, or for a fair opened by hand, does nothing.
            if (await fair.GetAsync() is { Status: FairStatus.Scheduled } info && clock.GetUtcNow() >= info.OpensAt)
            {
                var change = await fair.OpenAsync();
                LogOpened(logger, fairId, change.Kind);
            }
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {FairId} opened on schedule: {Kind}")]
    private static partial void LogOpened(ILogger logger, string fairId, FairTransitionKind kind);
}
