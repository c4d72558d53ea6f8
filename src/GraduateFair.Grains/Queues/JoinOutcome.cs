namespace GraduateFair.Grains.Queues;

public enum JoinOutcome
{
    Joined,
    AlreadyWaiting,
    HoldsInvitation,
    FairNotOpen,
    NoSuchBooth,
}
