namespace GraduateFair.Grains.Queues;

public sealed record RunningRoom(string RoomId, string InvitationId, string GraduateId, string EmployerId, DateTimeOffset StartedAt);
