namespace GraduateFair.Domain.Queues;

/// <summary>The outcome of an expired invitation; <see cref="Position"/> is set only for <see cref="ExpiryOutcome.MovedBack"/>.</summary>
public sealed record ExpiryResult(ExpiryOutcome Outcome, int? Position = null);
