namespace GraduateFair.Grains.Pushes;

/// <summary>How many jobs pushes gave a graduate from <paramref name="At"/> (pushes of the same hour are added up): recommendations under "1311".</summary>
public sealed record PushCount(DateTimeOffset At, int Count);
