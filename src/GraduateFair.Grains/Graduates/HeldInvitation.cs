namespace GraduateFair.Grains.Graduates;

public sealed record HeldInvitation(string InvitationId, string BoothId, string CompanyName, DateTimeOffset ExpiresAt);
