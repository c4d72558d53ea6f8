using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Booths;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>A live session as everyone may see it (never its stream key).</summary>
/// <param name="PinnedJobs">The job cards pinned now, in the order they were pinned.</param>
public sealed record LiveSessionInfo(
    string SessionId,
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string Title,
    DateTimeOffset StartsAt,
    string? ExternalHlsUrl,
    LiveSessionStatus Status,
    DateTimeOffset? WentLiveAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? AnnouncedAt,
    IReadOnlyList<JobInfo> PinnedJobs,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    /// <summary>Whether the employer publishes over RTMP (through nginx) rather than elsewhere.</summary>
    public bool IsRtmp => ExternalHlsUrl is null;

    public LiveSessionSummary ToSummary() =>
        new(SessionId, BoothId, FairId, CompanyName, Title, StartsAt, Status, IsRtmp, AnnouncedAt is not null);
}
