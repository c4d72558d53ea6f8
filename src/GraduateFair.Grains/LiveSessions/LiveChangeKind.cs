namespace GraduateFair.Grains.LiveSessions;

public enum LiveChangeKind
{
    /// <summary>The session changed.</summary>
    Changed,

    /// <summary>It already was so (the request is idempotent).</summary>
    Unchanged,

    /// <summary>The request contradicts the session's state (409); see the message.</summary>
    Conflict,

    /// <summary>There is no such session.</summary>
    Missing,
}
