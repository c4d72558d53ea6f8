namespace GraduateFair.Domain.Queues;

/// <summary>What happened to a graduate whose invitation expired.</summary>
public enum ExpiryOutcome
{
    /// <summary>First expiry at this booth: back in the line, a few places later.</summary>
    MovedBack,

    /// <summary>Second expiry at this booth: out of the line (reason <see cref="QueueLeaveReason.NoShow"/>).</summary>
    Removed,

    /// <summary>The graduate had no invitation in flight (already accepted, declined or left); nothing changed.</summary>
    NotInvited,
}
