using GraduateFair.Domain.Reports;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Reports;

/// <summary>Gathers a fair's figures from its booths, their queues and its live sessions; only aggregates leave (<see cref="FairReport"/>).</summary>
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
        var sessions = await grains.GetGrain<ILiveSessionDirectoryGrain>(fair.FairId).ListAsync();
        var sessionStats = await Task.WhenAll(sessions.Select(s => grains.GetGrain<ILiveSessionGrain>(s.SessionId).GetStatsAsync()));
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
            [.. statistics.SelectMany(s => s.Waits)],
            [.. sessions.Zip(sessionStats).Select(pair => Figures(pair.First, pair.Second))]));
    }

    private static LiveSessionFigures Figures(LiveSessionSummary session, LiveSessionStats? stats) => new(
        session.SessionId,
        session.BoothId,
        session.CompanyName,
        session.Title,
        session.StartsAt,
        session.Status,
        stats?.PeakViewers ?? 0,
        stats?.TotalViewers ?? 0,
        stats?.ChatMessages ?? 0,
        [.. (stats?.Jobs ?? []).Select(j => new LiveJobFigures(j.JobId, j.Title, j.QueueJoins, j.Applications))]);
}
