using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;
using GraduateFair.Storage;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Opens a fair at its opening time, through the same call an organiser's "open now" makes.</summary>
public sealed partial class OpenFairJob(IGrainFactory grains, TimeProvider clock, ILogger<OpenFairJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fairId = context.Text(JobData.FairId);
        var fair = grains.GetGrain<IFairGrain>(fairId);

        // The fair decides: a trigger left from before a reschedule, or for a fair opened by hand, does nothing.
        if (await fair.GetAsync() is { Status: FairStatus.Scheduled } info && clock.GetUtcNow() >= info.OpensAt)
        {
            FairChange change;
            try
            {
                change = await fair.OpenAsync();
            }
            catch (Exception exception) when (exception is GrainStateWriteException or BlobStoreUnavailableException or GrainActivationException or TimeoutException)
            {
                LogRetrying(logger, exception, fairId, JobRetry.Delay);
                await JobRetry.LaterAsync(context, clock, cancellationToken);
                throw;
            }

            LogOpened(logger, fairId, change.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {FairId} opened on schedule: {Kind}")]
    private static partial void LogOpened(ILogger logger, string fairId, FairTransitionKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fair {FairId} could not be opened on schedule; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string fairId, TimeSpan delay);
}
