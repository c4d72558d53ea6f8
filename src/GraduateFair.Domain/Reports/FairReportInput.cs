namespace GraduateFair.Domain.Reports;

/// <summary>The plain figures a fair report is computed from.</summary>
/// <param name="FairId">The fair.</param>
/// <param name="Title">The fair's title.</param>
/// <param name="Booths">Booths at the fair.</param>
/// <param name="Jobs">Jobs posted at its booths.</param>
/// <param name="Openings">Openings of those jobs, summed.</param>
/// <param name="GraduatesQueued">Distinct graduates who joined at least one queue.</param>
/// <param name="Interviews">Interviews held.</param>
/// <param name="Offers">Interviews that ended with an offer.</param>
/// <param name="Waits">One wait per queued graduate who was invited (the caller decides what a wait is, e.g. join to invitation), with the lane they waited in.</param>
/// <param name="LiveSessions">The fair's live sessions with their figures, by start time (none when null).</param>
public sealed record FairReportInput(
    string FairId,
    string Title,
    int Booths,
    int Jobs,
    int Openings,
    int GraduatesQueued,
    int Interviews,
    int Offers,
    IReadOnlyList<QueuedWait> Waits,
    IReadOnlyList<LiveSessionFigures>? LiveSessions = null);
