namespace GraduateFair.Grains.Events;

public sealed record QueuePositionUpdate(string GraduateId, int Position, int EtaSeconds, string EtaText);
