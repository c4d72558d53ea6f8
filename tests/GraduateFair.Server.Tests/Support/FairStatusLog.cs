using System.Collections.Concurrent;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Events;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Records fair status changes (with the wall-clock time they were told) on their way to the real publisher.</summary>
public sealed class FairStatusLog
{
    private readonly ConcurrentQueue<(string FairId, FairStatus Status, DateTimeOffset ToldAt)> _statuses = new();

    public IReadOnlyList<(string FairId, FairStatus Status, DateTimeOffset ToldAt)> Statuses => [.. _statuses];

    public IReadOnlyList<FairStatus> Of(string fairId) => [.. _statuses.Where(s => s.FairId == fairId).Select(s => s.Status)];

    /// <summary>An <see cref="IFairEvents"/> that records fair status changes, then passes every call on to <paramref name="inner"/>.</summary>
    public IFairEvents Forwarding(IFairEvents inner) => new Recorder(this, inner);

    private sealed class Recorder(FairStatusLog log, IFairEvents inner) : IFairEvents
    {
        public void FairStatus(string fairId, FairStatus status)
        {
            log._statuses.Enqueue((fairId, status, DateTimeOffset.UtcNow));
            inner.FairStatus(fairId, status);
        }

        public void QueuePositions(string boothId, IReadOnlyList<QueuePositionUpdate> updates) => inner.QueuePositions(boothId, updates);

        public void BoothQueue(string boothId, int waiting) => inner.BoothQueue(boothId, waiting);

        public void Invited(string graduateId, InvitedNotice notice) => inner.Invited(graduateId, notice);

        public void InvitationExpired(string graduateId, string employerId, string invitationId, string boothId) => inner.InvitationExpired(graduateId, employerId, invitationId, boothId);

        public void InvitationAnswered(string employerId, InvitationAnswer answer) => inner.InvitationAnswered(employerId, answer);

        public void QueueLeft(string graduateId, string boothId, QueueLeaveReason reason) => inner.QueueLeft(graduateId, boothId, reason);

        public void RoomEnded(string roomId, string employerId, string graduateId, InterviewOutcome outcome) => inner.RoomEnded(roomId, employerId, graduateId, outcome);
    }
}
