namespace GraduateFair.Grains.Queues;

/// <param name="Waiting">Graduates waiting.</param>
/// <param name="EtaSeconds">The wait estimate for a graduate joining now.</param>
public sealed record BoothLoad(string BoothId, int Waiting, int EtaSeconds, string EtaText, bool Paused);
