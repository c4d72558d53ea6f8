namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// The server's part of the <c>Live</c> configuration section: where encoders publish and players
/// read, how nginx's callbacks are trusted, when sessions are announced. Without
/// <see cref="RtmpIngestUrl"/> and <see cref="HlsBaseUrl"/> only sessions with an external HLS URL
/// can be shown, and the API says RTMP ingest is not configured.
/// </summary>
public sealed class LiveStreamingOptions
{
    public const string SectionName = "Live";

    /// <summary>What encoders publish to, e.g. <c>rtmp://live.example.org/live</c> (the stream key is the stream name).</summary>
    public string? RtmpIngestUrl { get; set; }

    /// <summary>Where nginx serves HLS, e.g. <c>https://live.example.org/hls</c>; a session plays at <c>{HlsBaseUrl}/{sessionId}/index.m3u8</c>.</summary>
    public string? HlsBaseUrl { get; set; }

    /// <summary>
    /// When set, nginx's callbacks must carry it (<c>?secret=…</c> in the callback URL), from any
    /// address; when not, they are taken from the loopback address only.
    /// </summary>
    public string? IngestSecret { get; set; }

    /// <summary>How long before its start a session is announced to the fair's watchers (default 10 minutes).</summary>
    public TimeSpan AnnounceBefore { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Terms refused in chat (<c>Live:BannedTerms:0</c>, …), matched however written: any case,
    /// full-width forms, spaces between the letters (see <c>LiveChatRules</c>). Empty by default;
    /// appsettings.json ships a short list.
    /// </summary>
    public List<string> BannedTerms { get; set; } = [];

    /// <summary>Chat messages of a session are gathered this long and sent as one <c>LiveChat</c> (default 200 ms).</summary>
    public TimeSpan ChatBatchWindow { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A user may post one chat message this often in a session (default 2 seconds).</summary>
    public TimeSpan ChatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>At most one <c>LiveViewers</c> per session in this time, and only when the count changed (default 2 seconds).</summary>
    public TimeSpan ViewersInterval { get; set; } = TimeSpan.FromSeconds(2);

    public bool IngestConfigured => !string.IsNullOrWhiteSpace(RtmpIngestUrl) && !string.IsNullOrWhiteSpace(HlsBaseUrl);

    public const string NotConfiguredMessage =
        "RTMP ingest is not configured on this server (Live:RtmpIngestUrl and Live:HlsBaseUrl): stream with an external HLS URL instead, or ask the operator to set up nginx.";
}
