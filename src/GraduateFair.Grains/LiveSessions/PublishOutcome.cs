namespace GraduateFair.Grains.LiveSessions;

/// <summary>What nginx's publish callback is answered.</summary>
public enum PublishOutcome
{
    /// <summary>The session went live with this publisher.</summary>
    WentLive,

    /// <summary>The session was live (its encoder reconnects): this publisher takes over.</summary>
    Reconnected,

    WrongKey,

    /// <summary>The session is over: its key publishes nothing any more.</summary>
    Ended,

    /// <summary>The session shows a stream produced elsewhere (an external HLS URL).</summary>
    NotRtmp,

    NoSuchSession,
}
