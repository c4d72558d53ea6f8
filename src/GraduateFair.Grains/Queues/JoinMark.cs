namespace GraduateFair.Grains.Queues;

/// <summary>When a waiting graduate joined, and in which lane: kept inside the queue for the fair report's waits.</summary>
public sealed record JoinMark(DateTimeOffset At, bool Priority);
