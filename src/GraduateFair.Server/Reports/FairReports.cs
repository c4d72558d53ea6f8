using GraduateFair.Domain.Reports;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Reports;

/// <summary>Gathers a fair's figures from its booths and their queues; only aggregates leave (<see cref="FairReport"/>).</summary>
public static class FairReports
{
    /// <summary>The fair's report, or null when there is no such fair.</summary>
    public static async Task<FairReport?> BuildAsync(IGrainFactory grains, string fairId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (await grains.GetGrain<IFairGrain>(fairId).GetAsync() is not { } fair)
        {
            return null;
        }

        var booths = await Task.WhenAll(fair.Booths.Select(b => grains.GetGrain<IBoothGrain>(b.BoothId).GetAsync()));
        var queues = await Task.WhenAll(fair.Booths.Select(b => grains.GetGrain<IInterviewQueueGrain>(b.BoothId).GetStatisticsAsync()));
        var jobs = booths.OfType<BoothInfo>().SelectMany(b => b.Jobs).ToList();
        var statistics = queues.OfType<QueueStatistics>().ToList();
        return FairReport.Compute(new FairReportInput(
            fair.FairId,
            fair.Title,
            fair.Booths.Count,
            jobs.Count,
            jobs.Sum(j => j.Openings),
            statistics.SelectMany(s => s.Queued).Distinct(StringComparer.Ordinal).Count(),
            statistics.Sum(s => s.Interviews),
            statistics.Sum(s => s.Offers),
            [.. statistics.SelectMany(s => s.Waits)]));
    }
}
