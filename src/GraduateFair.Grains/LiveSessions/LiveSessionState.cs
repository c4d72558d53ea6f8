namespace GraduateFair.Grains.LiveSessions;

public sealed class LiveSessionState
{
    public LiveSessionInfo? Session { get; set; }

    /// <summary>The secret stream key; null for a session with an external stream.</summary>
    public string? StreamKey { get; set; }

    /// <summary>nginx's current publisher while live (an opaque id from the callback).</summary>
    public string? PublisherId { get; set; }

    /// <summary>When the publisher stopped, while the session waits for it to reconnect.</summary>
    public DateTimeOffset? PublisherLeftAt { get; set; }

    /// <summary>Every job pinned at some time, with what its card brought, in the order first pinned.</summary>
    public List<PinnedJobStats> Jobs { get; set; } = [];

    public int PeakViewers { get; set; }

    /// <summary>Everyone who watched at some time, for the distinct total.</summary>
    public HashSet<string> ViewerIds { get; set; } = new(StringComparer.Ordinal);

    public long ChatMessages { get; set; }

    /// <summary>Viewers the host muted for the session.</summary>
    public HashSet<string> Muted { get; set; } = new(StringComparer.Ordinal);
}
