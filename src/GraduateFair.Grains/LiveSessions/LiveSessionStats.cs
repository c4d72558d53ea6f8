namespace GraduateFair.Grains.LiveSessions;

/// <param name="PeakViewers">The most viewers watching at once.</param>
/// <param name="TotalViewers">Distinct signed-in users who watched at some time.</param>
/// <param name="Jobs">Every job pinned at some time in the session, in the order first pinned.</param>
public sealed record LiveSessionStats(
    string SessionId,
    int PeakViewers,
    int TotalViewers,
    long ChatMessages,
    IReadOnlyList<PinnedJobStats> Jobs);
