namespace GraduateFair.Grains.LiveSessions;

/// <summary>A session about to start, for the fair's watchers.</summary>
public sealed record LiveSessionStartingNotice(string SessionId, string FairId, string BoothId, string CompanyName, string Title, DateTimeOffset StartsAt);
