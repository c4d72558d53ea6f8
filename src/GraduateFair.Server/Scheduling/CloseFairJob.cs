using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Closes a fair at its closing time, through the same call an organiser's "close now" makes.</summary>
public sealed partial class CloseFairJob(IGrainFactory grains, TimeProvider clock, ILogger<CloseFairJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fairId = context.Text(JobData.FairId);
        var fair = grains.GetGrain<IFairGrain>(fairId);
        await JobRetry.RunAsync(context, clock, logger, async () =>
        {
            if (await fair.GetAsync() is { Status: not FairStatus.Closed } info && clock.GetUtcNow() >= info.ClosesAt)
            {
                var change = await fair.CloseAsync();
                LogClosed(logger, fairId, change.Kind);
            }
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {FairId} closed on schedule: {Kind}")]
    private static partial void LogClosed(ILogger logger, string fairId, FairTransitionKind kind);
}
