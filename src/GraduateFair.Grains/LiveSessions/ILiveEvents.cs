using GraduateFair.Grains.Booths;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>
/// What live sessions tell the outside world once a change is durable. The server implements it
/// (the SignalR hub); calls must return at once and never throw.
/// </summary>
public interface ILiveEvents
{
    /// <summary>To the session's viewers and the fair's watchers.</summary>
    void LiveStatus(LiveStatusNotice notice);

    /// <summary>To the fair's watchers, some minutes before the session starts.</summary>
    void LiveSessionStarting(LiveSessionStartingNotice notice);

    /// <summary>The host pinned a job card: to the session's viewers.</summary>
    void PinnedJob(string sessionId, JobInfo job);

    /// <summary>The host took a job card down: to the session's viewers.</summary>
    void UnpinnedJob(string sessionId, string jobId);
}
