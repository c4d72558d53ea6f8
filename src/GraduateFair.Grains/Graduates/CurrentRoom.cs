namespace GraduateFair.Grains.Graduates;

public sealed record CurrentRoom(string RoomId, string BoothId, string CompanyName, string InvitationId);
