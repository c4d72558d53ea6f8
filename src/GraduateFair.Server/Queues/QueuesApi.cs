using System.Security.Claims;
using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Booths;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Queues;

public static class QueuesApi
{
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder routes)
    {
        var queue = routes.MapGroup("/api/booths/{boothId}/queue").WithTags("Interview queues").RequireAuthorization();
        queue.MapPost("/", JoinAsync).RequireAuthorization(Roles.Graduate);
        queue.MapGet("/me", GetMineAsync).RequireAuthorization(Roles.Graduate);
        queue.MapDelete("/", LeaveAsync).RequireAuthorization(Roles.Graduate);
        queue.MapGet("/", GetForEmployerAsync).RequireAuthorization(Roles.Employer);
        queue.MapPost("/next", CallNextAsync).RequireAuthorization(Roles.Employer);
        routes.MapGet("/api/me/queues", ListMineAsync).WithTags("Interview queues").RequireAuthorization(Roles.Graduate);
        return routes;
    }

    private static async Task<Results<Ok<QueuePlaceResponse>, ProblemHttpResult>> JoinAsync(string boothId, ClaimsPrincipal user, IGrainFactory grains, QueueSetups setups, TimeProvider clock)
    {
        var setup = await setups.GetAsync(boothId);
        if (setup is null)
        {
            return BoothAccess.NoSuchBooth();
        }

        var (result, limitReachedWith) = await QueueJoining.JoinAsync(grains, clock, setup, user.UserId(), user.Identity?.Name ?? "");
        return Answer(result, limitReachedWith);
    }

    /// <summary>The answer to a join (also a join from a live session's job card).</summary>
    internal static Results<Ok<QueuePlaceResponse>, ProblemHttpResult> Answer(JoinResult? result, IReadOnlyList<QueueSlot>? limitReachedWith)
    {
        if (limitReachedWith is not null)
        {
            return Problems.Conflict("Queue limit reached", $"You already wait in {limitReachedWith.Count} queues, the most at once. Leave one to join another.");
        }

        return result!.Outcome switch
        {
            JoinOutcome.Joined or JoinOutcome.AlreadyWaiting => TypedResults.Ok(QueuePlaceResponse.From(result.Place!)),
            JoinOutcome.NoSuchBooth => BoothAccess.NoSuchBooth(),
            JoinOutcome.FairNotOpen => FairNotOpen(result.FairStatus),
            JoinOutcome.NotEligible => Problems.Forbidden(EligibilityRule.NotEligibleMessage),
            _ => Problems.Conflict(result.Message ?? "You cannot join this queue now."),
        };
    }

    private static async Task<Results<Ok<QueuePlaceResponse>, ProblemHttpResult>> GetMineAsync(string boothId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var place = await grains.GetGrain<IInterviewQueueGrain>(boothId).GetPlaceAsync(user.UserId());
        return place is null
            ? Problems.NotFound("You are not waiting in this queue.")
            : TypedResults.Ok(QueuePlaceResponse.From(place));
    }

    private static async Task<NoContent> LeaveAsync(string boothId, ClaimsPrincipal user, IGrainFactory grains)
    {
        await QueueJoining.LeaveAsync(grains, boothId, user.UserId());
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<EmployerQueueResponse>, ProblemHttpResult>> GetForEmployerAsync(string boothId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (_, refusal) = await BoothAccess.ForEmployerAsync(grains, boothId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var view = await grains.GetGrain<IInterviewQueueGrain>(boothId).GetEmployerViewAsync(user.UserId());
        if (view is null)
        {
            return BoothAccess.NoSuchBooth();
        }

        var current = view.Current is { } c ? new EmployerCurrentResponse(c.InvitationId, c.RoomId, c.GraduateId, c.DisplayName, c.ExpiresAt) : null;
        return TypedResults.Ok(new EmployerQueueResponse(view.BoothId, view.Paused, [.. view.Waiting.Select(WaitingGraduateResponse.From)], current));
    }

    private static async Task<Results<Ok<CallNextResponse>, NoContent, ProblemHttpResult>> CallNextAsync(string boothId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (_, refusal) = await BoothAccess.ForEmployerAsync(grains, boothId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await grains.GetGrain<IInterviewQueueGrain>(boothId).CallNextAsync(user.UserId());
        return result.Outcome switch
        {
            CallNextOutcome.Invited => TypedResults.Ok(new CallNextResponse(result.Invitation!.InvitationId, result.Invitation.GraduateId, result.Invitation.ExpiresAt)),
            CallNextOutcome.NobodyAvailable => TypedResults.NoContent(),
            CallNextOutcome.NoSuchBooth => BoothAccess.NoSuchBooth(),
            CallNextOutcome.Paused => Problems.Conflict("Booth paused", result.Message!),
            _ => Problems.Conflict(result.Message ?? "Nobody can be called now."),
        };
    }

    private static async Task<Ok<List<MyQueueResponse>>> ListMineAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var graduateId = user.UserId();
        var slots = await grains.GetGrain<IGraduateGrain>(graduateId).GetQueueSlotsAsync();
        var mine = await Task.WhenAll(slots.Select(async slot =>
        {
            var place = await grains.GetGrain<IInterviewQueueGrain>(slot.BoothId).GetPlaceAsync(graduateId);
            var booth = place is null ? null : await grains.GetGrain<IBoothGrain>(slot.BoothId).GetAsync();
            return place is null || booth is null
                ? null
                : new MyQueueResponse(slot.BoothId, booth.FairId, booth.CompanyName, booth.Title, place.Position, place.EtaSeconds, place.EtaText);
        }));
        return TypedResults.Ok(mine.OfType<MyQueueResponse>().ToList());
    }

    private static ProblemHttpResult FairNotOpen(FairStatus status) => Problems.Conflict(
        "Fair not open",
        status == FairStatus.Closed ? "The fair is closed: its queues take nobody any more." : "The fair has not opened yet: queues open with it.");
}
