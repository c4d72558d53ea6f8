using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;
using GraduateFair.Storage;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Closes a fair at its closing time, through the same call an organiser's "close now" makes.</summary>
public sealed partial class CloseFairJob(IGrainFactory grains, TimeProvider clock, ILogger<CloseFairJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fairId = context.Text(JobData.FairId);
        var fair = grains.GetGrain<IFairGrain>(fairId);
        if (await fair.GetAsync() is { Status: not FairStatus.Closed } info && clock.GetUtcNow() >= info.ClosesAt)
        {
            FairChange change;
            try
            {
                change = await fair.CloseAsync();
            }
            catch (Exception exception) when (exception is GrainStateWriteException or BlobStoreUnavailableException or GrainActivationException or TimeoutException)
            {
                LogRetrying(logger, exception, fairId, JobRetry.Delay);
                await JobRetry.LaterAsync(context, clock, cancellationToken);
                throw;
            }

            LogClosed(logger, fairId, change.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {FairId} closed on schedule: {Kind}")]
    private static partial void LogClosed(ILogger logger, string fairId, FairTransitionKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fair {FairId} could not be closed on schedule; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string fairId, TimeSpan delay);
}
