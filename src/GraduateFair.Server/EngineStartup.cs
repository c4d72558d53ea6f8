using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server;

/// <summary>
/// Wakes what must run on time after a restart: the queues of open fairs, so that invitations
/// open when the process stopped still expire on time (their deadlines are in grain state; the
/// timers come back when a queue activates).
/// </summary>
public sealed partial class EngineStartup(IGrainFactory grains, ILogger<EngineStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var fairs = await grains.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey).ListAsync();
        var queues = 0;
        foreach (var summary in fairs.Where(f => f.Status == FairStatus.Open))
        {
            var fair = await grains.GetGrain<IFairGrain>(summary.FairId).GetAsync();
            foreach (var booth in fair?.Booths ?? [])
            {
                await grains.GetGrain<IInterviewQueueGrain>(booth.BoothId).GetLoadAsync();
                queues++;
            }
        }

        LogWoken(logger, queues);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Woke {Queues} interview queues of open fairs")]
    private static partial void LogWoken(ILogger logger, int queues);
}
