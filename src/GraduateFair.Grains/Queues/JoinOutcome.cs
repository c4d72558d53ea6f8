namespace GraduateFair.Grains.Queues;

public enum JoinOutcome
{
    Joined,
    AlreadyWaiting,
    HoldsInvitation,
    FairNotOpen,
    NoSuchBooth,

    /// <summary>The fair is for its priority groups only and the graduate is not in one (answer with the neutral message).</summary>
    NotEligible,
}
