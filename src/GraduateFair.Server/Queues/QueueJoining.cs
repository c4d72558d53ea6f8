using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Queues;

/// <summary>
/// Joining and leaving as one operation over two grains: the graduate's place count first
/// (at most five), then the queue. A place the queue refused is given back; a place left over
/// by a crash between the two is found and given back when the graduate hits the limit.
/// At a fair for priority groups only, a graduate without a consented group of the fair's is
/// turned away before anything is written (the queue refuses them too).
/// </summary>
/// <remarks>
/// The graduate's grain answers the reservation once it is ordered in storage, not durable
/// (<c>ReplyWhenOrdered</c>): the queue's write comes after it in the file store's one log, so the
/// join being durable makes the reservation durable too, and a join costs one flush to wait for
/// instead of two. Where the queue writes nothing, the answer waits for the graduate's grain instead.
/// </remarks>
public static class QueueJoining
{
    /// <summary>How long a reserved place may wait for its queue before it counts as left over.</summary>
    public static readonly TimeSpan LeftOverAfter = TimeSpan.FromMinutes(1);

    public static async Task<(JoinResult? Result, IReadOnlyList<QueueSlot>? LimitReachedWith)> JoinAsync(IGrainFactory grains, TimeProvider clock, QueueSetup setup, string graduateId, string displayName)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(setup);
        var graduate = grains.GetGrain<IGraduateGrain>(graduateId);
        if (setup.Eligibility != Eligibility.Everyone
            && !EligibilityRule.CanTakePart(setup.Eligibility, (await graduate.GetPriorityAsync()).Groups, setup.FairPriorityGroups))
        {
            return (new JoinResult(JoinOutcome.NotEligible, Message: EligibilityRule.NotEligibleMessage), null);
        }

        var request = new QueueSlotRequest(setup.BoothId, setup.FairId, setup.FairPriorityGroups, displayName);
        var slot = await graduate.ReserveQueueSlotAsync(request);
        if (slot.Outcome == QueueSlotOutcome.LimitReached && await ReleaseLeftOversAsync(grains, clock, graduateId, slot.Slots))
        {
            slot = await graduate.ReserveQueueSlotAsync(request);
        }

        if (slot.Outcome == QueueSlotOutcome.LimitReached)
        {
            return (null, slot.Slots);
        }

        var result = await grains.GetGrain<IInterviewQueueGrain>(setup.BoothId).JoinAsync(slot.Candidate!);
        if (result.Outcome is not (JoinOutcome.Joined or JoinOutcome.AlreadyWaiting or JoinOutcome.HoldsInvitation) && slot.Outcome == QueueSlotOutcome.Reserved)
        {
            await graduate.ReleaseQueueSlotAsync(setup.BoothId);
        }
        else if (result.Outcome != JoinOutcome.Joined)
        {
            // The queue wrote nothing after the reservation: any reply of the graduate's grain
            // waits until its events are durable.
            await graduate.GetQueueSlotsAsync();
        }

        return (result, null);
    }

    public static async Task LeaveAsync(IGrainFactory grains, string boothId, string graduateId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        await grains.GetGrain<IInterviewQueueGrain>(boothId).LeaveAsync(graduateId);
        await grains.GetGrain<IGraduateGrain>(graduateId).ReleaseQueueSlotAsync(boothId);
    }

    private static async Task<bool> ReleaseLeftOversAsync(IGrainFactory grains, TimeProvider clock, string graduateId, IReadOnlyList<QueueSlot> slots)
    {
        var now = clock.GetUtcNow();
        var released = false;
        foreach (var slot in slots.Where(s => now - s.ReservedAt >= LeftOverAfter))
        {
            if (!await grains.GetGrain<IInterviewQueueGrain>(slot.BoothId).IsWaitingOrInvitedAsync(graduateId))
            {
                await grains.GetGrain<IGraduateGrain>(graduateId).ReleaseQueueSlotAsync(slot.BoothId);
                released = true;
            }
        }

        return released;
    }
}
