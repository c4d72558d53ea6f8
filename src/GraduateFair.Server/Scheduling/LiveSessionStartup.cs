using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Scheduling;

/// <summary>
/// At start-up, rebuilds the announcement triggers of the sessions still scheduled (an announcement
/// whose time passed while the server was down is not made late), and wakes the live ones, so one
/// whose encoder stopped meanwhile ends after its reconnect grace.
/// </summary>
public sealed partial class LiveSessionStartup(IGrainFactory grains, LiveAnnouncementSchedule announcements, ILogger<LiveSessionStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var fairs = await grains.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey).ListAsync();
        var scheduled = 0;
        var live = 0;
        foreach (var fair in fairs.Where(f => f.Status != FairStatus.Closed))
        {
            try
            {
                foreach (var listed in await grains.GetGrain<ILiveSessionDirectoryGrain>(fair.FairId).ListAsync())
                {
                    if (listed is { Status: LiveSessionStatus.Scheduled, Announced: false }
                        && await grains.GetGrain<ILiveSessionGrain>(listed.SessionId).GetAsync() is { } session)
                    {
                        await announcements.SyncAsync(session, catchingUp: true, cancellationToken);
                        scheduled++;
                    }
                    else if (listed.Status == LiveSessionStatus.Live)
                    {
                        await grains.GetGrain<ILiveSessionGrain>(listed.SessionId).GetAsync();
                        live++;
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One fair that cannot be read now must not keep the others' sessions off schedule.
                LogFairSkipped(logger, exception, fair.FairId);
            }
        }

        LogRebuilt(logger, scheduled, live);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Live sessions at start-up: {Scheduled} scheduled sessions synced, {Live} live sessions woken")]
    private static partial void LogRebuilt(ILogger logger, int scheduled, int live);

    [LoggerMessage(Level = LogLevel.Error, Message = "The live sessions of fair {FairId} could not be scheduled at start-up")]
    private static partial void LogFairSkipped(ILogger logger, Exception exception, string fairId);
}
