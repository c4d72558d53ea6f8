using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Grains.Events;

/// <summary>Tells nobody: for hosts without real-time clients.</summary>
public sealed class NoFairEvents : IFairEvents
{
    public void QueuePositions(string boothId, IReadOnlyList<QueuePositionUpdate> updates)
    {
    }

    public void BoothQueue(string boothId, int waiting)
    {
    }

    public void Invited(string graduateId, InvitedNotice notice)
    {
    }

    public void InvitationExpired(string graduateId, string employerId, string invitationId, string boothId)
    {
    }

    public void InvitationAnswered(string employerId, InvitationAnswer answer)
    {
    }

    public void QueueLeft(string graduateId, string boothId, QueueLeaveReason reason)
    {
    }

    public void FairStatus(string fairId, FairStatus status)
    {
    }

    public void RoomEnded(string roomId, string employerId, string graduateId, InterviewOutcome outcome)
    {
    }
}
