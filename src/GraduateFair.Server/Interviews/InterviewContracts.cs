using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Interviews;
using GraduateFair.Server.Queues;

namespace GraduateFair.Server.Interviews;

public sealed record InvitationResponse(string InvitationId, string BoothId, string CompanyName, string GraduateId, DateTimeOffset ExpiresAt, InvitationStatus Status, string? RoomId)
{
    public static InvitationResponse From(InvitationRecord invitation) =>
        new(invitation.InvitationId, invitation.BoothId, invitation.CompanyName, invitation.GraduateId, invitation.ExpiresAt, invitation.Status, invitation.RoomId);
}

public sealed record AcceptResponse(string RoomId);

/// <summary>POST /api/rooms/{roomId}/end.</summary>
public sealed record EndRoomRequest(string? Outcome, string? Notes);

public sealed record EndRoomResponse(string RoomId, InterviewOutcome Outcome, DateTimeOffset EndedAt);

/// <summary>PUT /api/rooms/{roomId}/notes.</summary>
public sealed record NotesRequest(string? Notes);

/// <param name="Notes">The employer's private notes: only in the employer's answer.</param>
public sealed record RoomResponse(
    string RoomId,
    string BoothId,
    string CompanyName,
    string EmployerId,
    string GraduateId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    InterviewOutcome? Outcome,
    WaitingGraduateResponse Graduate,
    string? Notes);

public sealed record ChatMessageResponse(string FromUserId, string Text, DateTimeOffset SentAt);
