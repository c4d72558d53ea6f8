using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Cases;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Graduates;

/// <summary>
/// A graduate, keyed by user id: profile, priority groups (sensitive, only with consent), the
/// queues they wait in (at most five), their current invitation or interview, and their case in
/// the ledger (实名台账). It calls no other grain: queues call it, never the other way round.
/// </summary>
public interface IGraduateGrain : IGrainWithStringKey
{
    Task<GraduateProfile?> GetProfileAsync();

    Task<GraduateProfile> UpdateProfileAsync(GraduateProfile profile);

    Task<PriorityInfo> GetPriorityAsync();

    /// <summary>Records the groups with the graduate's explicit consent.</summary>
    Task<PriorityInfo> SetPriorityAsync(IReadOnlyList<PriorityGroup> groups);

    /// <summary>
    /// Withdraws consent and erases the groups (also from stored history); returns the booths whose
    /// queues must then be told (<see cref="Queues.IInterviewQueueGrain.DemoteAsync"/>): those the
    /// graduate waits at, and those they entered in the priority lane since consenting.
    /// </summary>
    Task<IReadOnlyList<string>> WithdrawPriorityAsync();

    /// <summary>Takes one of the graduate's five queue places for a booth, and describes the graduate to that queue.</summary>
    Task<QueueSlotResult> ReserveQueueSlotAsync(QueueSlotRequest request);

    /// <summary>Gives a queue place back (left, removed, or the join did not go through).</summary>
    Task ReleaseQueueSlotAsync(string boothId);

    Task<IReadOnlyList<QueueSlot>> GetQueueSlotsAsync();

    /// <summary>Holds the graduate for an invitation; false when they are busy (in an interview, or holding another invitation).</summary>
    Task<bool> TryReserveInvitationAsync(HeldInvitation invitation);

    /// <summary>The invitation ended without an interview; <paramref name="releaseSlot"/> when they also left that queue.</summary>
    Task ClearInvitationAsync(string invitationId, bool releaseSlot);

    /// <summary>The graduate accepted and is now in an interview (busy for every queue); they leave that booth's queue.</summary>
    Task EnterRoomAsync(CurrentRoom room);

    Task LeaveRoomAsync(string roomId);

    Task<GraduateActivity> GetActivityAsync();

    /// <summary>The full case for organisers; null before the first profile.</summary>
    Task<CaseRecord?> GetCaseAsync();

    /// <summary>The case's summary for the ledger's index; null before the first profile.</summary>
    Task<CaseSummary?> GetCaseSummaryAsync();

    /// <summary>An organiser records signed, employed, not-seeking or seeking (<see cref="Domain.Cases.GraduateCase.Record"/>).</summary>
    Task<CaseUpdate> RecordCaseStatusAsync(CaseStatusEntry entry);

    /// <summary>An organiser records services under "1311+N".</summary>
    Task<CaseUpdate> RecordCaseServiceAsync(CaseServiceEntry entry);

    /// <summary>An organiser was in touch at <paramref name="at"/> (a completed follow-up).</summary>
    Task<CaseUpdate> RecordCaseContactAsync(DateTimeOffset at);

    /// <summary>The queue calls this right after <see cref="EnterRoomAsync"/>: the first interview moves the case to interviewing. Answers the summary (null without a case).</summary>
    Task<CaseSummary?> InterviewStartedAsync(string roomId);

    /// <summary>The queue calls this right after <see cref="LeaveRoomAsync"/>, with the outcome: an offer moves the case to offer. Answers the summary (null without a case).</summary>
    Task<CaseSummary?> InterviewEndedAsync(string roomId, InterviewOutcome outcome);
    /// <summary>A queue removed the graduate on its own (e.g. offline too long): gives the place back and keeps a notice until it is delivered.</summary>
    Task RemovedFromQueueAsync(QueueRemovalNotice notice);

    /// <summary>Removals not yet delivered, oldest first; joining that booth again drops its notice.</summary>
    Task<IReadOnlyList<QueueRemovalNotice>> GetRemovalNoticesAsync();

    /// <summary>These notices were delivered: they are dropped (a notice added meanwhile stays).</summary>
    Task ClearRemovalNoticesAsync(IReadOnlyList<QueueRemovalNotice> delivered);
}
