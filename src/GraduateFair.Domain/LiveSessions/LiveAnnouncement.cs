namespace GraduateFair.Domain.LiveSessions;

/// <summary>
/// When a scheduled live session is announced to its fair's watchers (<c>LiveSessionStarting</c>):
/// a lead time before its start. Like a fair's reminders, an announcement is on time from its
/// moment until <see cref="Grace"/> after it and is never made later: one whose moment passed
/// while the server was down is simply not made. A session scheduled (or moved) to start in less
/// than the lead time is news, though: it is announced at once, up to its start.
/// </summary>
public static class LiveAnnouncement
{
    /// <summary>How late an announcement may still go out (the scheduler's own lag): one minute.</summary>
    public static TimeSpan Grace { get; } = TimeSpan.FromMinutes(1);

    public static DateTimeOffset At(DateTimeOffset startsAt, TimeSpan leadTime) => startsAt - leadTime;

    /// <summary>When to announce a session starting at <paramref name="startsAt"/>, seen at <paramref name="now"/>; null when that moment passed by more than <see cref="Grace"/>.</summary>
    public static DateTimeOffset? Pending(DateTimeOffset startsAt, TimeSpan leadTime, DateTimeOffset now)
    {
        var at = At(startsAt, leadTime);
        return now <= at + Grace ? at : null;
    }

    /// <summary>
    /// When to announce a session just scheduled or moved to <paramref name="startsAt"/>, and until
    /// when that may still happen: its moment (within <see cref="Grace"/>), or at once while the
    /// session has not started; null when it has.
    /// </summary>
    public static (DateTimeOffset At, DateTimeOffset Until)? WhenScheduled(DateTimeOffset startsAt, TimeSpan leadTime, DateTimeOffset now)
    {
        if (Pending(startsAt, leadTime, now) is { } at)
        {
            return (at, at + Grace);
        }

        return now < startsAt ? (now, startsAt) : null;
    }

    /// <summary>When to announce at start-up (catching up), and until when: only on time, never late.</summary>
    public static (DateTimeOffset At, DateTimeOffset Until)? AtStartUp(DateTimeOffset startsAt, TimeSpan leadTime, DateTimeOffset now) =>
        Pending(startsAt, leadTime, now) is { } at ? (at, at + Grace) : null;

    /// <summary>
    /// Whether a trigger firing at <paramref name="firedAt"/> should announce a session now starting
    /// at <paramref name="startsAt"/>: not before its moment (a trigger left from before a
    /// reschedule), not after the <paramref name="until"/> it was set with (a stalled process).
    /// </summary>
    public static bool IsDue(DateTimeOffset startsAt, TimeSpan leadTime, DateTimeOffset firedAt, DateTimeOffset until) =>
        firedAt >= At(startsAt, leadTime) && firedAt <= until && firedAt < startsAt;
}
