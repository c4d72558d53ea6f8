namespace GraduateFair.Grains.Events;

public sealed record InvitedNotice(string InvitationId, string BoothId, string CompanyName, DateTimeOffset ExpiresAt);
