using System.Globalization;

namespace GraduateFair.Domain.Reports;

/// <summary>
/// The rows of report exports, header first, for <see cref="Exports.Csv"/>. Numbers are written
/// in the invariant culture; a missing figure (a median of no waits, a share of nothing) is an
/// empty field. Durations are whole seconds, shares a count and a percentage with one decimal.
/// </summary>
public static class ReportCsv
{
    /// <summary>
    /// The header and one row for a fair report; when the fair had live sessions, then an empty row
    /// and a second table: a header and one row per session and pinned job (one row with empty job
    /// fields for a session without pinned jobs).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Rows(FairReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string?[] header =
        [
            "fairId", "title", "booths", "jobs", "openings", "graduatesQueued", "interviews", "offers", "offerRatePercent",
            "waitCount", "waitMedianSeconds", "waitP90Seconds",
            "priorityLaneWaitCount", "priorityLaneWaitMedianSeconds", "priorityLaneWaitP90Seconds",
            "otherWaitCount", "otherWaitMedianSeconds", "otherWaitP90Seconds",
        ];
        string?[] row =
        [
            report.FairId, report.Title, Number(report.Booths), Number(report.Jobs), Number(report.Openings),
            Number(report.GraduatesQueued), Number(report.Interviews), Number(report.Offers), Number(report.OfferRate.Percent),
            .. Waits(report.Wait), .. Waits(report.PriorityLaneWait), .. Waits(report.OtherWait),
        ];
        if (report.LiveSessions.Count == 0)
        {
            return [header, row];
        }

        string?[] liveHeader =
        [
            "sessionId", "boothId", "companyName", "sessionTitle", "startsAt", "status", "peakViewers", "totalViewers", "chatMessages",
            "jobId", "jobTitle", "queueJoins", "applications",
        ];
        return [header, row, [], liveHeader, .. report.LiveSessions.SelectMany(LiveRows)];
    }

    private static IEnumerable<IReadOnlyList<string?>> LiveRows(LiveSessionFigures session)
    {
        string?[] figures =
        [
            session.SessionId, session.BoothId, session.CompanyName, session.Title, session.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            Enumerations.KebabCase.Format(session.Status), Number(session.PeakViewers), Number(session.TotalViewers), Count(session.ChatMessages),
        ];
        if (session.Jobs.Count == 0)
        {
            return [[.. figures, null, null, null, null]];
        }

        return session.Jobs.Select(j => (IReadOnlyList<string?>)[.. figures, j.JobId, j.Title, Number(j.QueueJoins), Number(j.Applications)]);
    }

    /// <summary>The header and one row per city report.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Rows(IEnumerable<CitySupervisionReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        string?[] header =
        [
            "city", "month", "graduatesServed", "all1311Done", "all1311DonePercent", "employed", "employedPercent",
            "signedOrEmployed", "signedOrEmployedPercent", "priorityWantingHelp", "priorityHelped", "priorityHelpedPercent",
        ];
        return
        [
            header,
            .. reports.Select(r => (IReadOnlyList<string?>)
            [
                r.City, r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Number(r.GraduatesServed),
                Number(r.All1311Done.Part), Number(r.All1311Done.Percent),
                Number(r.Employed.Part), Number(r.Employed.Percent),
                Number(r.SignedOrEmployed.Part), Number(r.SignedOrEmployed.Percent),
                Number(r.PriorityHelped.Whole), Number(r.PriorityHelped.Part), Number(r.PriorityHelped.Percent),
            ]),
        ];
    }

    private static string?[] Waits(WaitStatistics wait) =>
        [Number(wait.Count), Number(wait.MedianSeconds), Number(wait.P90Seconds)];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);
}
