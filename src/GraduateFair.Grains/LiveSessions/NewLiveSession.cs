namespace GraduateFair.Grains.LiveSessions;

/// <param name="ExternalHlsUrl">A stream produced elsewhere; null for one the employer publishes over RTMP with the session's key.</param>
public sealed record NewLiveSession(
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string Title,
    DateTimeOffset StartsAt,
    string? ExternalHlsUrl,
    string CreatedBy);
