using System.Security.Claims;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Queues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Interviews;

public static class InterviewsApi
{
    public const int NotesMaxLength = 10_000;

    public static IEndpointRouteBuilder MapInterviewsApi(this IEndpointRouteBuilder routes)
    {
        var invitations = routes.MapGroup("/api/invitations/{invitationId}").WithTags("Invitations").RequireAuthorization();
        invitations.MapGet("/", GetInvitationAsync);
        invitations.MapPost("/accept", AcceptAsync).RequireAuthorization(Roles.Graduate);
        invitations.MapPost("/decline", DeclineAsync).RequireAuthorization(Roles.Graduate);

        var rooms = routes.MapGroup("/api/rooms/{roomId}").WithTags("Interview rooms").RequireAuthorization();
        rooms.MapGet("/", GetRoomAsync);
        rooms.MapPost("/end", EndAsync).RequireAuthorization(Roles.Employer);
        rooms.MapPut("/notes", SetNotesAsync).RequireAuthorization(Roles.Employer);
        rooms.MapGet("/transcript", GetTranscriptAsync);
        return routes;
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> GetInvitationAsync(string invitationId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var invitation = await grains.GetGrain<IInvitationGrain>(invitationId).GetAsync();
        if (invitation is null)
        {
            return NoSuchInvitation();
        }

        var userId = user.UserId();
        return userId == invitation.GraduateId || userId == invitation.EmployerId
            ? TypedResults.Ok(InvitationResponse.From(invitation))
            : Problems.Forbidden("Only the invited graduate and the inviting employer see this invitation.");
    }

    private static async Task<Results<Ok<AcceptResponse>, ProblemHttpResult>> AcceptAsync(string invitationId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (invitation, refusal) = await ForGraduateAsync(grains, invitationId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await grains.GetGrain<IInterviewQueueGrain>(invitation!.BoothId).AcceptAsync(invitationId, invitation.GraduateId);
        return result.Outcome switch
        {
            AnswerOutcome.Accepted => TypedResults.Ok(new AcceptResponse(result.RoomId!)),
            AnswerOutcome.Expired => Expired(),
            _ => await AlreadyAnsweredAsync(grains, invitationId, accepting: true),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeclineAsync(string invitationId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (invitation, refusal) = await ForGraduateAsync(grains, invitationId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await grains.GetGrain<IInterviewQueueGrain>(invitation!.BoothId).DeclineAsync(invitationId, invitation.GraduateId);
        if (result.Outcome == AnswerOutcome.Declined)
        {
            return TypedResults.NoContent();
        }

        var current = await grains.GetGrain<IInvitationGrain>(invitationId).GetAsync();
        return current?.Status == InvitationStatus.Declined ? TypedResults.NoContent() : await AlreadyAnsweredAsync(grains, invitationId, accepting: false);
    }

    private static async Task<Results<Ok<RoomResponse>, ProblemHttpResult>> GetRoomAsync(string roomId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var room = await grains.GetGrain<IInterviewRoomGrain>(roomId).GetAsync();
        if (room is null)
        {
            return NoSuchRoom();
        }

        var userId = user.UserId();
        if (!room.IsParticipant(userId))
        {
            return Problems.Forbidden("Only the room's participants can see it.");
        }

        return TypedResults.Ok(new RoomResponse(
            room.RoomId, room.BoothId, room.CompanyName, room.EmployerId, room.GraduateId, room.StartedAt, room.EndedAt, room.Outcome,
            WaitingGraduateResponse.From(room.Graduate), userId == room.EmployerId ? room.Notes : null));
    }

    private static async Task<Results<Ok<EndRoomResponse>, ValidationProblem, ProblemHttpResult>> EndAsync(string roomId, EndRoomRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var outcome = errors.Enum<InterviewOutcome>("outcome", body.Outcome);
        errors.Add("notes", TextRules.Optional(body.Notes, "Notes", NotesMaxLength));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var room = await grains.GetGrain<IInterviewRoomGrain>(roomId).GetAsync();
        if (room is null)
        {
            return NoSuchRoom();
        }

        if (room.EmployerId != user.UserId())
        {
            return Problems.Forbidden("Only the employer who holds the interview can end it.");
        }

        var result = await grains.GetGrain<IInterviewQueueGrain>(room.BoothId).EndRoomAsync(roomId, room.EmployerId, outcome!.Value, TextRules.Normalize(body.Notes));
        return result.Outcome switch
        {
            EndRoomOutcome.Ended => TypedResults.Ok(new EndRoomResponse(roomId, result.Room!.Outcome!.Value, result.Room.EndedAt!.Value)),
            EndRoomOutcome.NotYours => Problems.Forbidden("Only the employer who holds the interview can end it."),
            _ => Problems.Conflict("Interview already ended", "This interview has ended already."),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetNotesAsync(string roomId, NotesRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors()
            .Add("notes", body.Notes is null ? "Notes are required (an empty text clears them)." : TextRules.Optional(body.Notes, "Notes", NotesMaxLength));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var roomGrain = grains.GetGrain<IInterviewRoomGrain>(roomId);
        var room = await roomGrain.GetAsync();
        if (room is null)
        {
            return NoSuchRoom();
        }

        if (room.EmployerId != user.UserId())
        {
            return Problems.Forbidden("Only the interviewing employer keeps notes on this interview.");
        }

        await roomGrain.SetNotesAsync(body.Notes!.Trim());
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<ChatMessageResponse>>, ProblemHttpResult>> GetTranscriptAsync(string roomId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var roomGrain = grains.GetGrain<IInterviewRoomGrain>(roomId);
        var room = await roomGrain.GetAsync();
        if (room is null)
        {
            return NoSuchRoom();
        }

        if (!room.IsParticipant(user.UserId()))
        {
            return Problems.Forbidden("Only the room's participants can read its transcript.");
        }

        var transcript = await roomGrain.GetTranscriptAsync();
        return TypedResults.Ok(transcript.Select(m => new ChatMessageResponse(m.FromUserId, m.Text, m.SentAt)).ToList());
    }

    private static async Task<(InvitationRecord? Invitation, ProblemHttpResult? Refusal)> ForGraduateAsync(IGrainFactory grains, string invitationId, string userId)
    {
        var invitation = await grains.GetGrain<IInvitationGrain>(invitationId).GetAsync();
        if (invitation is null)
        {
            return (null, NoSuchInvitation());
        }

        return invitation.GraduateId == userId
            ? (invitation, null)
            : (null, Problems.Forbidden("This invitation is for someone else."));
    }

    private static async Task<ProblemHttpResult> AlreadyAnsweredAsync(IGrainFactory grains, string invitationId, bool accepting)
    {
        var invitation = await grains.GetGrain<IInvitationGrain>(invitationId).GetAsync();
        return invitation?.Status switch
        {
            InvitationStatus.Expired => Expired(),
            InvitationStatus.Cancelled => Problems.Conflict("Invitation cancelled", "The fair closed before the invitation was answered."),
            InvitationStatus.Accepted when accepting => Problems.Conflict("Invitation already accepted", $"You accepted already; your interview room is {invitation.RoomId}."),
            InvitationStatus.Accepted => Problems.Conflict("Invitation already accepted", "You accepted this invitation already."),
            InvitationStatus.Declined => Problems.Conflict("Invitation declined", "You declined this invitation."),
            _ => Problems.Conflict("This invitation cannot be answered now."),
        };
    }

    private static ProblemHttpResult Expired() => Problems.Conflict("Invitation expired", "The invitation ran out before it was accepted.");

    private static ProblemHttpResult NoSuchInvitation() => Problems.NotFound("There is no invitation with this id.");

    private static ProblemHttpResult NoSuchRoom() => Problems.NotFound("There is no interview room with this id.");
}
