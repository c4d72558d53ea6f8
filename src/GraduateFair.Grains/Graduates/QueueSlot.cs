namespace GraduateFair.Grains.Graduates;

public sealed record QueueSlot(string BoothId, string FairId, DateTimeOffset ReservedAt);
