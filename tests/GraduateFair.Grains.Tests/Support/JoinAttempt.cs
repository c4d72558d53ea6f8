using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>What joining a queue did: the graduate's slot, then (unless the limit was reached) the queue's answer.</summary>
internal sealed record JoinAttempt(QueueSlotOutcome Slot, JoinResult? Queue)
{
    public JoinOutcome? Outcome => Queue?.Outcome;

    public QueuePlace Place => Queue?.Place ?? throw new InvalidOperationException($"No place: slot {Slot}, queue {Queue?.Outcome}.");
}
