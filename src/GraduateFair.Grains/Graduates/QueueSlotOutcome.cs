namespace GraduateFair.Grains.Graduates;

public enum QueueSlotOutcome
{
    Reserved,
    AlreadyHeld,
    LimitReached,
}
