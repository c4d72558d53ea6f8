namespace GraduateFair.Grains.Queues;

/// <summary>A graduate's place: position 1 is invited next.</summary>
public sealed record QueuePlace(string BoothId, int Position, int EtaSeconds, string EtaText);
