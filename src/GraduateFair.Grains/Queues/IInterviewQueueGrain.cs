using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Queues;

/// <summary>
/// A booth's interview queue (面试排队), keyed by booth id: the waiting line with its priority
/// lane, the invitations in flight with their deadlines, and the interviews running. Calls point
/// outwards only (to graduates, invitations and rooms), so no call cycle can form.
/// </summary>
public interface IInterviewQueueGrain : IGrainWithStringKey
{
    /// <summary>Sets the queue up for its booth (from the fair, once).</summary>
    Task InitializeAsync(QueueSetup setup);

    /// <summary>The booth and fair the queue belongs to, with the fair's current status; null before set-up.</summary>
    Task<QueueSetup?> GetSetupAsync();

    Task<JoinResult> JoinAsync(QueueCandidate candidate);

    Task<QueuePlace?> GetPlaceAsync(string graduateId);

    /// <summary>The graduate leaves (or cancels the invitation they hold here); false when they were not in the queue.</summary>
    Task<bool> LeaveAsync(string graduateId);

    /// <summary>
    /// The queue removes a waiting graduate on its own (e.g. offline too long): their place is
    /// given back, they are told (now, and again when they next connect); false when not waiting.
    /// </summary>
    Task<bool> RemoveAsync(string graduateId, QueueLeaveReason reason);

    Task<EmployerQueueView?> GetEmployerViewAsync(string employerId);

    Task<CallNextResult> CallNextAsync(string employerId);

    Task<AnswerResult> AcceptAsync(string invitationId, string graduateId);

    Task<AnswerResult> DeclineAsync(string invitationId, string graduateId);

    Task<EndRoomResult> EndRoomAsync(string roomId, string employerId, InterviewOutcome outcome, string? notes);

    Task<BoothLoad?> SetPausedAsync(bool paused);

    Task SetFairStatusAsync(FairStatus status);

    Task<BoothLoad?> GetLoadAsync();

    /// <summary>
    /// The graduate withdrew consent: they wait in the regular lane from now on, keeping their place
    /// as well as can be, and the queue's stored history no longer says which lane they were in
    /// (also when they have left the queue or were interviewed since).
    /// </summary>
    Task DemoteAsync(string graduateId);

    /// <summary>The queue's figures for the fair report (organisers only); null before set-up.</summary>
    Task<QueueStatistics?> GetStatisticsAsync();

    /// <summary>Whether the graduate waits here or holds an invitation from here.</summary>
    Task<bool> IsWaitingOrInvitedAsync(string graduateId);

    /// <summary>Whether the graduate waits here, holds an invitation from here, or was interviewed here.</summary>
    Task<bool> IsInvolvedAsync(string graduateId);
}
