namespace GraduateFair.Grains.Queues;

/// <summary>An employer's invitation in flight (<see cref="InvitationId"/>) or interview running (<see cref="RoomId"/>).</summary>
public sealed record EmployerCurrent(string? InvitationId, string? RoomId, string GraduateId, string DisplayName, DateTimeOffset? ExpiresAt);
