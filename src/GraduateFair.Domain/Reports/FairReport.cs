using System.Globalization;
using Humanizer;

namespace GraduateFair.Domain.Reports;

/// <summary>
/// A fair's figures: what was on offer, who queued, interviews and offers, and how long graduates
/// waited, overall and for the priority lane against everyone else (the fairness figure). For
/// organisers only: with few priority-lane graduates their waits come close to identifying them.
/// </summary>
/// <param name="FairId">The fair.</param>
/// <param name="Title">The fair's title.</param>
/// <param name="Booths">Booths at the fair.</param>
/// <param name="Jobs">Jobs posted.</param>
/// <param name="Openings">Openings of those jobs.</param>
/// <param name="GraduatesQueued">Distinct graduates who queued.</param>
/// <param name="Interviews">Interviews held.</param>
/// <param name="Offers">Offers made.</param>
/// <param name="OfferRate">Offers as a share of interviews.</param>
/// <param name="Wait">Every wait.</param>
/// <param name="PriorityLaneWait">Waits in a priority lane.</param>
/// <param name="OtherWait">Waits in a regular lane.</param>
/// <param name="Summary">The figures in two English sentences.</param>
/// <param name="LiveSessions">The fair's live sessions (直播带岗) with their viewers, chat and what their job cards brought.</param>
public sealed record FairReport(
    string FairId,
    string Title,
    int Booths,
    int Jobs,
    int Openings,
    int GraduatesQueued,
    int Interviews,
    int Offers,
    Share OfferRate,
    WaitStatistics Wait,
    WaitStatistics PriorityLaneWait,
    WaitStatistics OtherWait,
    string Summary,
    IReadOnlyList<LiveSessionFigures> LiveSessions)
{
    /// <summary>Computes the report.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or a wait is negative, or there are more offers than interviews.</exception>
    public static FairReport Compute(FairReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Waits);
        foreach (var count in (ReadOnlySpan<int>)[input.Booths, input.Jobs, input.Openings, input.GraduatesQueued])
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(input));
        }

        var offerRate = Share.Of(input.Offers, input.Interviews);
        var wait = WaitStatistics.From([.. input.Waits.Select(w => w.Wait)]);
        var priority = WaitStatistics.From([.. input.Waits.Where(w => w.PriorityLane).Select(w => w.Wait)]);
        var others = WaitStatistics.From([.. input.Waits.Where(w => !w.PriorityLane).Select(w => w.Wait)]);
        return new FairReport(
            input.FairId,
            input.Title,
            input.Booths,
            input.Jobs,
            input.Openings,
            input.GraduatesQueued,
            input.Interviews,
            input.Offers,
            offerRate,
            wait,
            priority,
            others,
            SummaryOf(input, offerRate, priority, others),
            input.LiveSessions ?? []);
    }

    private static string SummaryOf(FairReportInput input, Share offerRate, WaitStatistics priority, WaitStatistics others)
    {
        var percent = offerRate.Percent is { } p ? string.Create(CultureInfo.InvariantCulture, $" ({p}%)") : "";
        var figures =
            $"{"booth".ToQuantity(input.Booths)}, {"job".ToQuantity(input.Jobs)} with {"opening".ToQuantity(input.Openings)}; " +
            $"{"graduate".ToQuantity(input.GraduatesQueued)} queued, {"interview".ToQuantity(input.Interviews)}, " +
            $"{"offer".ToQuantity(input.Offers)}{percent}.";
        return $"{figures} Median wait: priority lane {Phrase(priority)}, everyone else {Phrase(others)}.";
    }

    private static string Phrase(WaitStatistics wait) =>
        wait.Count == 0 ? "no one waited" : $"{wait.MedianText} (90th percentile {wait.P90Text})";
}
