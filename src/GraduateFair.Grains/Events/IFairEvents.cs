using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Grains.Events;

/// <summary>
/// What grains tell the outside world once a change is durable. The server implements it (the
/// SignalR hub); calls must return at once and never throw. Nothing sent to an employer may
/// reveal a graduate's priority lane or groups.
/// </summary>
public interface IFairEvents
{
    /// <summary>Positions (and wait estimates) of waiting graduates of one booth.</summary>
    void QueuePositions(string boothId, IReadOnlyList<QueuePositionUpdate> updates);

    /// <summary>The booth's waiting count, for the booth's watching employers.</summary>
    void BoothQueue(string boothId, int waiting);

    void Invited(string graduateId, InvitedNotice notice);

    /// <summary>An invitation ran out: to the graduate and to the employer who called.</summary>
    void InvitationExpired(string graduateId, string employerId, string invitationId, string boothId);

    /// <summary>The graduate answered an invitation: to the employer who called.</summary>
    void InvitationAnswered(string employerId, InvitationAnswer answer);

    void QueueLeft(string graduateId, string boothId, QueueLeaveReason reason);

    void FairStatus(string fairId, FairStatus status);

    void RoomEnded(string roomId, string employerId, string graduateId, InterviewOutcome outcome);
}
