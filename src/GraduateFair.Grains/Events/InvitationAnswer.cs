using GraduateFair.Grains.Interviews;

namespace GraduateFair.Grains.Events;

/// <param name="Status">accepted or declined.</param>
/// <param name="RoomId">The interview room, when accepted.</param>
public sealed record InvitationAnswer(string InvitationId, string BoothId, string GraduateId, InvitationStatus Status, string? RoomId);
