namespace GraduateFair.Grains.Queues;

public enum CallNextOutcome
{
    Invited,
    NobodyAvailable,
    Paused,
    FairNotOpen,
    EmployerBusy,
    NoSuchBooth,
}
