using GraduateFair.Domain.LiveSessions;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>A live session in its fair's listing.</summary>
public sealed record LiveSessionSummary(
    string SessionId,
    string BoothId,
    string FairId,
    string CompanyName,
    string Title,
    DateTimeOffset StartsAt,
    LiveSessionStatus Status,
    bool IsRtmp,
    bool Announced);
