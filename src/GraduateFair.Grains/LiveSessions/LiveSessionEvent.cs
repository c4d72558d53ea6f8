using System.Text.Json.Serialization;
using GraduateFair.Grains.Booths;

namespace GraduateFair.Grains.LiveSessions;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LiveSessionCreated), "created")]
[JsonDerivedType(typeof(StreamKeyRotated), "key-rotated")]
[JsonDerivedType(typeof(LiveSessionWentLive), "went-live")]
[JsonDerivedType(typeof(PublisherReconnected), "publisher-reconnected")]
[JsonDerivedType(typeof(PublisherLeft), "publisher-left")]
[JsonDerivedType(typeof(LiveSessionEnded), "ended")]
[JsonDerivedType(typeof(LiveSessionAnnounced), "announced")]
[JsonDerivedType(typeof(LiveSessionRescheduled), "rescheduled")]
[JsonDerivedType(typeof(JobPinned), "job-pinned")]
[JsonDerivedType(typeof(JobUnpinned), "job-unpinned")]
[JsonDerivedType(typeof(QueueJoinCounted), "queue-join-counted")]
[JsonDerivedType(typeof(ApplicationCounted), "application-counted")]
[JsonDerivedType(typeof(ChatMessagesCounted), "chat-counted")]
[JsonDerivedType(typeof(ViewerMuted), "viewer-muted")]
[JsonDerivedType(typeof(ViewerUnmuted), "viewer-unmuted")]
[JsonDerivedType(typeof(ViewersCounted), "viewers-counted")]
public abstract record LiveSessionEvent;

/// <param name="StreamKey">Null for a session with an external HLS URL.</param>
public sealed record LiveSessionCreated(LiveSessionInfo Session, string? StreamKey) : LiveSessionEvent;

public sealed record StreamKeyRotated(string StreamKey, DateTimeOffset At) : LiveSessionEvent;

/// <param name="PublisherId">nginx's publisher; null when the host started a session with an external stream.</param>
public sealed record LiveSessionWentLive(DateTimeOffset At, string? PublisherId) : LiveSessionEvent;

public sealed record PublisherReconnected(string PublisherId, DateTimeOffset At) : LiveSessionEvent;

public sealed record PublisherLeft(DateTimeOffset At) : LiveSessionEvent;

public sealed record LiveSessionEnded(DateTimeOffset At) : LiveSessionEvent;

public sealed record LiveSessionAnnounced(DateTimeOffset At) : LiveSessionEvent;

/// <summary>A scheduled session moved to another start; it is announced again for it.</summary>
public sealed record LiveSessionRescheduled(DateTimeOffset StartsAt, DateTimeOffset At) : LiveSessionEvent;

public sealed record JobPinned(JobInfo Job, DateTimeOffset At) : LiveSessionEvent;

public sealed record JobUnpinned(string JobId, DateTimeOffset At) : LiveSessionEvent;

public sealed record QueueJoinCounted(string JobId) : LiveSessionEvent;

public sealed record ApplicationCounted(string JobId) : LiveSessionEvent;

/// <summary>Chat messages posted since the last count (counted in batches, not one event per message).</summary>
public sealed record ChatMessagesCounted(long Count) : LiveSessionEvent;

public sealed record ViewerMuted(string UserId) : LiveSessionEvent;

public sealed record ViewerUnmuted(string UserId) : LiveSessionEvent;

/// <param name="NewViewerIds">Users who watched for the first time in this session.</param>
public sealed record ViewersCounted(int Peak, IReadOnlyList<string> NewViewerIds) : LiveSessionEvent;
