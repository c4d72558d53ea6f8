using GraduateFair.Grains.Booths;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>
/// A live session (直播带岗) of a booth, keyed by session id: scheduled → live → ended, following
/// the employer's stream (nginx's publish callbacks) or, for a stream produced elsewhere, the host.
/// It holds the secret stream key, the pinned job cards and the session's statistics. It calls
/// only its fair's session directory.
/// </summary>
public interface ILiveSessionGrain : IGrainWithStringKey
{
    /// <summary>Creates the session (idempotent); its stream key is new and random.</summary>
    Task<LiveSessionInfo> CreateAsync(NewLiveSession session);

    Task<LiveSessionInfo?> GetAsync();

    /// <summary>The secret stream key, for the company's employers only; null for an external stream or no session.</summary>
    Task<string?> GetStreamKeyAsync();

    /// <summary>Replaces the stream key; the old one publishes nothing from now on. A publisher already streaming goes on.</summary>
    Task<LiveChange> RotateKeyAsync();

    /// <summary>
    /// nginx asks whether <paramref name="streamKey"/> may publish: yes for the session's key while it
    /// is scheduled (it goes live) or live (the encoder reconnects and takes over).
    /// </summary>
    /// <param name="publisherId">nginx's id of the publishing connection, to tell its end from another's.</param>
    Task<PublishResult> PublishAsync(string streamKey, string publisherId);

    /// <summary>
    /// nginx says a publisher stopped. Ignored unless it is the current publisher; then the session
    /// ends once the reconnect grace passes without a new publisher (at once when the grace is zero).
    /// </summary>
    /// <returns>Whether the publisher was the current one.</returns>
    Task<bool> PublishDoneAsync(string publisherId);

    /// <summary>The host starts a session with an external stream (an RTMP session goes live with its stream).</summary>
    Task<LiveChange> StartAsync();

    /// <summary>The host ends the session now.</summary>
    Task<LiveChange> EndAsync();

    /// <summary>Moves a scheduled session to another start (an announcement made goes again for the new one); a conflict once it went live.</summary>
    Task<LiveChange> RescheduleAsync(DateTimeOffset startsAt);

    /// <summary>Tells the fair's watchers the session starts soon, once, while it is still scheduled.</summary>
    /// <returns>Whether it was announced now.</returns>
    Task<bool> AnnounceAsync();

    /// <summary>Pins a card of one of the booth's jobs (the caller took it from the booth).</summary>
    Task<LiveChange> PinAsync(JobInfo job);

    Task<LiveChange> UnpinAsync(string jobId);

    /// <summary>Whether the job was pinned at some time in this session (cards act while shown, and a moment after).</summary>
    Task<bool> WasPinnedAsync(string jobId);

    /// <summary>A graduate joined the booth's queue from the job's card.</summary>
    Task RecordQueueJoinAsync(string jobId);

    /// <summary>A graduate applied to the job from its card.</summary>
    Task RecordApplicationAsync(string jobId);

    Task<LiveSessionStats?> GetStatsAsync();

    /// <summary>
    /// A viewer's chat message (checked for length, banned terms and rate by the caller): refused
    /// when the viewer is muted or the session is not live (not yet, or no more). Messages are not stored; the session
    /// keeps the latest few for viewers who arrive, and counts them.
    /// </summary>
    Task<ChatPostResult> PostChatAsync(string userId, string displayName, string text);

    /// <summary>The latest messages, oldest first, without deleted ones.</summary>
    Task<IReadOnlyList<LiveChatMessage>> GetRecentChatAsync();

    /// <summary>The host deletes a message; false when it is not among the latest.</summary>
    Task<bool> DeleteChatAsync(string messageId);

    /// <summary>The host mutes a viewer for the rest of the session (idempotent).</summary>
    Task<LiveChange> MuteAsync(string userId);

    Task<LiveChange> UnmuteAsync(string userId);

    Task<bool> IsMutedAsync(string userId);

    /// <summary>How many watch now, and who started watching since the last report: for peak and total viewers.</summary>
    Task RecordViewersAsync(int watching, IReadOnlyList<string> newViewerIds);
}
