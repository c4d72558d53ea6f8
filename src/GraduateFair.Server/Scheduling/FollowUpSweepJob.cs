using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Scheduling;
using GraduateFair.Runtime;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>The monthly follow-up sweep.</summary>
public sealed partial class FollowUpSweepJob(FollowUpSweep sweep, IGrainFactory grains, ILogger<FollowUpSweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var created = await sweep.RunAsync();
        await grains.GetGrain<ISweepLedgerGrain>(Sweeps.MonthlyFollowUp.Name).RecordRunAsync(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        LogSwept(logger, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly follow-up sweep: {Created} follow-ups created")]
    private static partial void LogSwept(ILogger logger, int created);
}
