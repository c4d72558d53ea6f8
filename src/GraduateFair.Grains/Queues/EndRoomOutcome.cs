namespace GraduateFair.Grains.Queues;

public enum EndRoomOutcome
{
    Ended,
    NotRunning,
    NotYours,
}
