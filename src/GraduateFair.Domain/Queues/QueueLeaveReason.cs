namespace GraduateFair.Domain.Queues;

/// <summary>Why a graduate is no longer in a booth's queue.</summary>
public enum QueueLeaveReason
{
    /// <summary>The graduate left the queue themselves.</summary>
    Left,

    /// <summary>The graduate declined an invitation.</summary>
    Declined,

    /// <summary>The graduate let a second invitation at this booth expire.</summary>
    NoShow,

    /// <summary>The fair closed.</summary>
    FairClosed,

    /// <summary>The graduate stayed disconnected longer than the grace period.</summary>
    Offline,
}
