namespace GraduateFair.Grains.Queues;

public sealed record OpenInvitation(string InvitationId, string GraduateId, string EmployerId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
