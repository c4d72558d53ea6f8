using System.Collections.Concurrent;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Events;

namespace GraduateFair.Server.Tests.Support;

/// <summary>An <see cref="IFairEvents"/> that records fair status changes (with the wall-clock time they were told) and ignores the rest.</summary>
public sealed class FairStatusLog : IFairEvents
{
    private readonly ConcurrentQueue<(string FairId, FairStatus Status, DateTimeOffset ToldAt)> _statuses = new();

    public IReadOnlyList<(string FairId, FairStatus Status, DateTimeOffset ToldAt)> Statuses => [.. _statuses];

    public IReadOnlyList<FairStatus> Of(string fairId) => [.. _statuses.Where(s => s.FairId == fairId).Select(s => s.Status)];

    public void FairStatus(string fairId, FairStatus status) => _statuses.Enqueue((fairId, status, DateTimeOffset.UtcNow));

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

    public void RoomEnded(string roomId, string employerId, string graduateId, InterviewOutcome outcome)
    {
    }
}
