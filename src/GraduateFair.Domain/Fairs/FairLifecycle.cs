namespace GraduateFair.Domain.Fairs;

/// <summary>
/// A fair goes scheduled → open → closed and never back. Opening or closing again is a no-op,
/// so the schedule and an organiser may both ask; re-opening a closed fair is a conflict.
/// </summary>
public static class FairLifecycle
{
    /// <summary>Opens a scheduled fair; an open fair stays open; a closed fair cannot reopen.</summary>
    public static FairTransition Open(FairStatus current) => current switch
    {
        FairStatus.Scheduled => FairTransition.ChangedTo(FairStatus.Open),
        FairStatus.Open => FairTransition.UnchangedAt(FairStatus.Open),
        FairStatus.Closed => FairTransition.ConflictAt(FairStatus.Closed, "The fair is closed and cannot be opened again."),
        _ => throw new ArgumentOutOfRangeException(nameof(current), current, "Unknown fair status."),
    };

    /// <summary>Closes a scheduled or open fair; a closed fair stays closed.</summary>
    public static FairTransition Close(FairStatus current) => current switch
    {
        FairStatus.Scheduled or FairStatus.Open => FairTransition.ChangedTo(FairStatus.Closed),
        FairStatus.Closed => FairTransition.UnchangedAt(FairStatus.Closed),
        _ => throw new ArgumentOutOfRangeException(nameof(current), current, "Unknown fair status."),
    };
}
