using System.Security.Claims;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains;
using GraduateFair.Grains.Fairs;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Fairs;

public static class FairsApi
{
    public static IEndpointRouteBuilder MapFairsApi(this IEndpointRouteBuilder routes)
    {
        var fairs = routes.MapGroup("/api/fairs").WithTags("Fairs").RequireAuthorization();
        fairs.MapPost("/", CreateAsync).RequireAuthorization(Roles.Organiser);
        fairs.MapGet("/", ListAsync);
        fairs.MapGet("/{fairId}", GetAsync);
        fairs.MapPost("/{fairId}/open", (string fairId, IGrainFactory grains) => ChangeAsync(grains.GetGrain<IFairGrain>(fairId).OpenAsync(), grains)).RequireAuthorization(Roles.Organiser);
        fairs.MapPost("/{fairId}/close", (string fairId, IGrainFactory grains) => ChangeAsync(grains.GetGrain<IFairGrain>(fairId).CloseAsync(), grains)).RequireAuthorization(Roles.Organiser);
        return routes;
    }

    private static async Task<Results<Created<FairResponse>, ValidationProblem>> CreateAsync(CreateFairRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors().Add("title", FairRules.Title(body.Title));
        var theme = errors.Enum<Theme>("theme", body.Theme);
        var opensAt = errors.Time("opensAt", body.OpensAt);
        var closesAt = errors.Time("closesAt", body.ClosesAt);
        var groups = errors.EnumList<PriorityGroup>("priorityGroups", body.PriorityGroups);
        errors.Add("description", TextRules.Optional(body.Description, "Description", TextRules.DescriptionMaxLength));
        if (opensAt is { } opens && closesAt is { } closes)
        {
            errors.Add("closesAt", FairRules.Times(opens, closes));
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var fairId = Ids.New("fair");
        var fair = await grains.GetGrain<IFairGrain>(fairId).CreateAsync(
            new NewFair(body.Title!.Trim(), theme!.Value, opensAt!.Value, closesAt!.Value, groups, TextRules.Normalize(body.Description), user.UserId()));
        return TypedResults.Created($"/api/fairs/{fairId}", await fair.ToResponseAsync(grains));
    }

    private static async Task<Results<Ok<List<FairResponse>>, ValidationProblem>> ListAsync(IGrainFactory grains, string? status = null)
    {
        var errors = new ValidationErrors();
        var wanted = errors.Enum<FairStatus>("status", status, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var summaries = await grains.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey).ListAsync();
        var fairs = await Task.WhenAll(summaries.Where(f => wanted is null || f.Status == wanted).Select(f => grains.GetGrain<IFairGrain>(f.FairId).GetAsync()));
        var answers = await Task.WhenAll(fairs.OfType<FairInfo>().Select(f => f.ToResponseAsync(grains)));
        return TypedResults.Ok(answers.ToList());
    }

    private static async Task<Results<Ok<FairResponse>, ProblemHttpResult>> GetAsync(string fairId, IGrainFactory grains)
    {
        var fair = await grains.GetGrain<IFairGrain>(fairId).GetAsync();
        return fair is null ? NoSuchFair() : TypedResults.Ok(await fair.ToResponseAsync(grains));
    }

    private static async Task<Results<Ok<FairResponse>, ProblemHttpResult>> ChangeAsync(Task<FairChange> change, IGrainFactory grains)
    {
        var result = await change;
        if (result.Fair is null)
        {
            return NoSuchFair();
        }

        return result.Kind == FairTransitionKind.Conflict
            ? Problems.Conflict(result.Message ?? "The fair cannot change that way now.")
            : TypedResults.Ok(await result.Fair.ToResponseAsync(grains));
    }

    private static ProblemHttpResult NoSuchFair() => Problems.NotFound("There is no fair with this id.");
}
