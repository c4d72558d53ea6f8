using System.Security.Claims;
using GraduateFair.Domain.FollowUps;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Graduates;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Cases;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.FollowUps;

/// <summary>Follow-ups (回访) for organisers: the monthly sweep creates them, organisers complete them (which counts as contact).</summary>
public static class FollowUpsApi
{
    public static IEndpointRouteBuilder MapFollowUpsApi(this IEndpointRouteBuilder routes)
    {
        var followUps = routes.MapGroup("/api/follow-ups").WithTags("Follow-ups").RequireAuthorization(Roles.Organiser);
        followUps.MapGet("/", ListAsync);
        followUps.MapPost("/{followUpId}/complete", CompleteAsync);
        return routes;
    }

    private static async Task<Results<Ok<FollowUpPageResponse>, ValidationProblem>> ListAsync(IGrainFactory grains, string? status = null, string? city = null, int? offset = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var which = errors.Enum<FollowUpListStatus>("status", status, required: false) ?? FollowUpListStatus.Open;
        var (skip, take) = errors.Paging(offset, limit);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        bool? open = which switch
        {
            FollowUpListStatus.Open => true,
            FollowUpListStatus.Completed => false,
            _ => null,
        };
        var query = new FollowUpQuery(open, string.IsNullOrWhiteSpace(city) ? null : city, skip + take);
        var slices = await Task.WhenAll(GraduateShards.All.Select(key => grains.GetGrain<ICaseShardGrain>(key).ListFollowUpsAsync(query)));
        var items = slices.SelectMany(s => s.Items).ToList();
        items.Sort(CaseShardGrain.FollowUpOrder);
        return TypedResults.Ok(new FollowUpPageResponse(slices.Sum(s => s.Total), skip, take, [.. items.Skip(skip).Take(take).Select(FollowUpResponse.From)]));
    }

    private static async Task<Results<Ok<FollowUpResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        string followUpId, FollowUpCompleteRequest body, ClaimsPrincipal user, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var channel = errors.Enum<FollowUpChannel>("channel", body.Channel);
        errors.Add("note", TextRules.Optional(body.Note, "Note", TextRules.DescriptionMaxLength));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (GraduateShards.ForFollowUp(followUpId) is not { } shardKey
            || await grains.GetGrain<ICaseShardGrain>(shardKey).GetFollowUpAsync(followUpId) is not { Task: var task })
        {
            return NoSuchFollowUp();
        }

        if (!task.IsOpen)
        {
            return AlreadyCompleted();
        }

        // The contact goes into the graduate's case first (the source of truth), then the
        // follow-up is completed with the case's new summary in one write.
        var now = clock.GetUtcNow();
        var contact = await grains.GetGrain<IGraduateGrain>(task.GraduateId).RecordCaseContactAsync(now);
        var shard = grains.GetGrain<ICaseShardGrain>(shardKey);
        var result = await shard.CompleteFollowUpAsync(followUpId, new FollowUpCompletion(now, user.UserId(), channel!.Value, TextRules.Normalize(body.Note)), contact.Summary);
        switch (result.Outcome)
        {
            case FollowUpCompleteOutcome.Missing:
                return NoSuchFollowUp();
            case FollowUpCompleteOutcome.AlreadyCompleted:
                return AlreadyCompleted();
        }

        return await shard.GetFollowUpAsync(followUpId) is { } view ? TypedResults.Ok(FollowUpResponse.From(view)) : NoSuchFollowUp();
    }

    private static ProblemHttpResult NoSuchFollowUp() => Problems.NotFound("There is no follow-up with this id.");

    private static ProblemHttpResult AlreadyCompleted() => Problems.Conflict("Follow-up already completed", "This follow-up was already completed.");
}
