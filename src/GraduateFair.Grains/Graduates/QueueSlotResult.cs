using GraduateFair.Grains.Queues;

namespace GraduateFair.Grains.Graduates;

/// <param name="Candidate">How the graduate enters the queue (null when the limit was reached).</param>
public sealed record QueueSlotResult(QueueSlotOutcome Outcome, QueueCandidate? Candidate, IReadOnlyList<QueueSlot> Slots);
