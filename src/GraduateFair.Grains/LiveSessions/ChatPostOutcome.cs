namespace GraduateFair.Grains.LiveSessions;

public enum ChatPostOutcome
{
    Posted,

    /// <summary>The host muted this viewer for the session.</summary>
    Muted,

    Ended,

    NoSuchSession,
}
