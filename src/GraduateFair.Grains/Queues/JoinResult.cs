namespace GraduateFair.Grains.Queues;

public sealed record JoinResult(JoinOutcome Outcome, QueuePlace? Place = null, string? Message = null);
