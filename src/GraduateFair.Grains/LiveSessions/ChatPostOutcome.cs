namespace GraduateFair.Grains.LiveSessions;

public enum ChatPostOutcome
{
    Posted,

    /// <summary>The host muted this viewer for the session.</summary>
    Muted,

    /// <summary>The session is not live yet: chat opens when it goes live.</summary>
    NotLive,

    Ended,

    NoSuchSession,
}
