using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Queues;

namespace GraduateFair.Grains.Interviews;

/// <param name="Graduate">The graduate as the employer sees them (never priority groups).</param>
/// <param name="Notes">The employer's private notes: never shown to the graduate.</param>
public sealed record RoomRecord(
    string RoomId,
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string InvitationId,
    string EmployerId,
    string GraduateId,
    EmployerQueueEntry Graduate,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    InterviewOutcome? Outcome,
    string? Notes)
{
    public bool IsParticipant(string userId) => userId == EmployerId || userId == GraduateId;
}
