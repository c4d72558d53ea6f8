using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Events;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>One host's <see cref="IFairEvents"/>: records into the shared log while the host lives.</summary>
internal sealed class RecordingFairEvents(FairEventLog log, HostLife life) : IFairEvents
{
    public void QueuePositions(string boothId, IReadOnlyList<QueuePositionUpdate> updates) => Record(new QueuePositionsRecord(boothId, [.. updates]));

    public void BoothQueue(string boothId, int waiting) => Record(new BoothQueueRecord(boothId, waiting));

    public void Invited(string graduateId, InvitedNotice notice) => Record(new InvitedRecord(graduateId, notice));

    public void InvitationExpired(string graduateId, string employerId, string invitationId, string boothId) =>
        Record(new InvitationExpiredRecord(graduateId, employerId, invitationId, boothId));

    public void InvitationAnswered(string employerId, InvitationAnswer answer) => Record(new InvitationAnsweredRecord(employerId, answer));

    public void QueueLeft(string graduateId, string boothId, QueueLeaveReason reason) => Record(new QueueLeftRecord(graduateId, boothId, reason));

    public void FairStatus(string fairId, FairStatus status) => Record(new FairStatusRecord(fairId, status));

    public void RoomEnded(string roomId, string employerId, string graduateId, InterviewOutcome outcome) =>
        Record(new RoomEndedRecord(roomId, employerId, graduateId, outcome));

    private void Record(FairEventRecord record)
    {
        if (life.IsAlive)
        {
            log.Record(record);
        }
    }
}
