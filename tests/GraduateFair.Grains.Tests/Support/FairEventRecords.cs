using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Events;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>One call a grain made on <see cref="IFairEvents"/>, as recorded by <see cref="FairEventLog"/>.</summary>
internal abstract record FairEventRecord;

internal sealed record QueuePositionsRecord(string BoothId, IReadOnlyList<QueuePositionUpdate> Updates) : FairEventRecord;

internal sealed record BoothQueueRecord(string BoothId, int Waiting) : FairEventRecord;

internal sealed record InvitedRecord(string GraduateId, InvitedNotice Notice) : FairEventRecord;

internal sealed record InvitationExpiredRecord(string GraduateId, string EmployerId, string InvitationId, string BoothId) : FairEventRecord;

internal sealed record InvitationAnsweredRecord(string EmployerId, InvitationAnswer Answer) : FairEventRecord;

internal sealed record QueueLeftRecord(string GraduateId, string BoothId, QueueLeaveReason Reason) : FairEventRecord;

internal sealed record FairStatusRecord(string FairId, FairStatus Status) : FairEventRecord;

internal sealed record RoomEndedRecord(string RoomId, string EmployerId, string GraduateId, InterviewOutcome Outcome) : FairEventRecord;
