namespace GraduateFair.Grains.Interviews;

public sealed record InvitationRecord(
    string InvitationId,
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string GraduateId,
    string EmployerId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    InvitationStatus Status,
    string? RoomId);
