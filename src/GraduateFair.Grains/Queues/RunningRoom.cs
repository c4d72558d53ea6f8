namespace GraduateFair.Grains.Queues;

/// <param name="DisplayName">The graduate's name for the employer's view (the graduate left the line's entries on accepting); null in rooms stored before it was kept.</param>
public sealed record RunningRoom(string RoomId, string InvitationId, string GraduateId, string EmployerId, DateTimeOffset StartedAt, string? DisplayName = null);
