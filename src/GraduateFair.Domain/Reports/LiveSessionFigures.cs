using GraduateFair.Domain.LiveSessions;

namespace GraduateFair.Domain.Reports;

/// <summary>A live session's figures in its fair's report.</summary>
/// <param name="PeakViewers">The most signed-in users watching at once.</param>
/// <param name="TotalViewers">Distinct signed-in users who watched at some time.</param>
/// <param name="ChatMessages">Chat messages posted.</param>
/// <param name="Jobs">Every job pinned at some time, in the order first pinned, with what its card brought.</param>
public sealed record LiveSessionFigures(
    string SessionId,
    string BoothId,
    string CompanyName,
    string Title,
    DateTimeOffset StartsAt,
    LiveSessionStatus Status,
    int PeakViewers,
    int TotalViewers,
    long ChatMessages,
    IReadOnlyList<LiveJobFigures> Jobs);

/// <summary>What one pinned job card brought: queue joins and applications from the card.</summary>
public sealed record LiveJobFigures(string JobId, string Title, int QueueJoins, int Applications);
