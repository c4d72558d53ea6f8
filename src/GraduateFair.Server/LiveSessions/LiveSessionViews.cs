using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Booths;

namespace GraduateFair.Server.LiveSessions;

public static class LiveSessionViews
{
    /// <summary>The HLS playlist of a session: its external URL, or where nginx writes its stream; null when neither exists.</summary>
    public static string? PlaybackUrl(this LiveSessionInfo session, LiveStreamingOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        if (!session.IsRtmp)
        {
            return session.ExternalHlsUrl;
        }

        return options.IngestConfigured ? $"{options.HlsBaseUrl!.TrimEnd('/')}/{Uri.EscapeDataString(session.SessionId)}/index.m3u8" : null;
    }

    public static LiveSessionResponse ToResponse(this LiveSessionInfo session, LiveStreamingOptions options)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new LiveSessionResponse(
            session.SessionId, session.BoothId, session.FairId, session.CompanyName, session.Title, session.StartsAt, session.Status,
            session.WentLiveAt, session.EndedAt, !session.IsRtmp, session.PlaybackUrl(options), [.. session.PinnedJobs.Select(JobResponse.From)]);
    }
}
