using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Booths;

namespace GraduateFair.Server.LiveSessions;

/// <summary>POST /api/booths/{boothId}/live-sessions.</summary>
public sealed record CreateLiveSessionRequest(string? Title, string? StartsAt, string? ExternalHlsUrl);

/// <summary>PATCH /api/live-sessions/{sessionId}.</summary>
public sealed record RescheduleLiveSessionRequest(string? StartsAt);

/// <summary>A live session as every signed-in user sees it (never its stream key).</summary>
/// <param name="External">Whether the stream is produced elsewhere (an external HLS URL) rather than published over RTMP.</param>
/// <param name="PlaybackUrl">The HLS playlist viewers play; null when RTMP ingest is not configured.</param>
public sealed record LiveSessionResponse(
    string SessionId,
    string BoothId,
    string FairId,
    string CompanyName,
    string Title,
    DateTimeOffset StartsAt,
    LiveSessionStatus Status,
    DateTimeOffset? WentLiveAt,
    DateTimeOffset? EndedAt,
    bool External,
    string? PlaybackUrl,
    IReadOnlyList<JobResponse> PinnedJobs);

/// <summary>One session of a fair's or a booth's listing.</summary>
public sealed record LiveSessionListItem(string SessionId, string BoothId, string FairId, string CompanyName, string Title, DateTimeOffset StartsAt, LiveSessionStatus Status, bool External)
{
    public static LiveSessionListItem From(LiveSessionSummary summary) =>
        new(summary.SessionId, summary.BoothId, summary.FairId, summary.CompanyName, summary.Title, summary.StartsAt, summary.Status, !summary.IsRtmp);
}

/// <summary>GET /api/live-sessions/{sessionId}/ingest: for the company's employers only.</summary>
/// <param name="Configured">Whether this server has RTMP ingest (nginx) set up.</param>
/// <param name="RtmpUrl">The encoder's server URL (OBS: "Server"); null when not configured.</param>
/// <param name="StreamKey">The secret stream key (OBS: "Stream Key").</param>
/// <param name="Message">Why streaming is not possible yet, when it is not.</param>
public sealed record IngestResponse(string SessionId, bool Configured, string? RtmpUrl, string StreamKey, string? Message);

/// <summary>GET /api/live-sessions/{sessionId}/playback.</summary>
public sealed record PlaybackResponse(string SessionId, LiveSessionStatus Status, string? HlsUrl, string? Message);

public sealed record PinnedJobStatsResponse(string JobId, string Title, int QueueJoins, int Applications);

/// <summary>GET /api/live-sessions/{sessionId}/stats: for the company's employers and organisers.</summary>
public sealed record LiveStatsResponse(string SessionId, LiveSessionStatus Status, int PeakViewers, int TotalViewers, long ChatMessages, IReadOnlyList<PinnedJobStatsResponse> Jobs)
{
    public static LiveStatsResponse From(LiveSessionStats stats, LiveSessionStatus status) =>
        new(stats.SessionId, status, stats.PeakViewers, stats.TotalViewers, stats.ChatMessages,
            [.. stats.Jobs.Select(j => new PinnedJobStatsResponse(j.JobId, j.Title, j.QueueJoins, j.Applications))]);
}
