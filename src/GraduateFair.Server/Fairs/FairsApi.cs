using System.Security.Claims;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Graduates;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Scheduling;
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
        fairs.MapPatch("/{fairId}", UpdateAsync).RequireAuthorization(Roles.Organiser);
        fairs.MapPost("/{fairId}/open", (string fairId, IGrainFactory grains, FairSchedule schedule) => ChangeAsync(fairId, grains.GetGrain<IFairGrain>(fairId).OpenAsync(), grains, schedule)).RequireAuthorization(Roles.Organiser);
        fairs.MapPost("/{fairId}/close", (string fairId, IGrainFactory grains, FairSchedule schedule) => ChangeAsync(fairId, grains.GetGrain<IFairGrain>(fairId).CloseAsync(), grains, schedule)).RequireAuthorization(Roles.Organiser);
        fairs.MapPost("/{fairId}/register", RegisterAsync).RequireAuthorization(Roles.Graduate);
        fairs.MapGet("/{fairId}/register", GetRegistrationAsync).RequireAuthorization(Roles.Graduate);
        return routes;
    }

    private static async Task<Results<Created<FairResponse>, ValidationProblem>> CreateAsync(CreateFairRequest body, ClaimsPrincipal user, IGrainFactory grains, FairSchedule schedule)
    {
        var errors = new ValidationErrors().Add("title", FairRules.Title(body.Title));
        var theme = errors.Enum<Theme>("theme", body.Theme);
        var opensAt = errors.Time("opensAt", body.OpensAt);
        var closesAt = errors.Time("closesAt", body.ClosesAt);
        var groups = errors.EnumList<PriorityGroup>("priorityGroups", body.PriorityGroups);
        var eligibility = errors.Enum<Eligibility>("eligibility", body.Eligibility, required: false);
        errors.Add("description", TextRules.Optional(body.Description, "Description", TextRules.DescriptionMaxLength));
        if (opensAt is { } opens && closesAt is { } closes)
        {
            errors.Add("closesAt", FairRules.Times(opens, closes));
        }

        if (theme is { } chosen)
        {
            errors.Add("eligibility", FairRules.Eligibility(chosen, eligibility ?? EligibilityRule.DefaultFor(chosen), FairPriorityGroups.For(chosen, groups)));
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var fairId = Ids.New("fair");
        await grains.GetGrain<IFairGrain>(fairId).CreateAsync(
            new NewFair(body.Title!.Trim(), theme!.Value, opensAt!.Value, closesAt!.Value, groups, TextRules.Normalize(body.Description), user.UserId(), eligibility));

        // On schedule from now on; a fair whose times already passed opens (or closes) at once.
        var fair = await schedule.SyncAsync(fairId);
        return TypedResults.Created($"/api/fairs/{fairId}", await fair!.ToResponseAsync(grains));
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

    private static async Task<Results<Ok<FairResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(string fairId, UpdateFairRequest body, IGrainFactory grains, FairSchedule schedule)
    {
        var errors = new ValidationErrors();
        if (body.Title is not null)
        {
            errors.Add("title", FairRules.Title(body.Title));
        }

        errors.Add("description", TextRules.Optional(body.Description, "Description", TextRules.DescriptionMaxLength));
        var opensAt = errors.Time("opensAt", body.OpensAt, required: false);
        var closesAt = errors.Time("closesAt", body.ClosesAt, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await grains.GetGrain<IFairGrain>(fairId).EditAsync(new FairEdit(body.Title?.Trim(), body.Description, opensAt, closesAt));
        switch (result.Outcome)
        {
            case FairEditOutcome.Missing:
                return NoSuchFair();
            case FairEditOutcome.Conflict:
                return Problems.Conflict(result.Message!);
            case FairEditOutcome.Invalid:
                return TypedResults.ValidationProblem(new ValidationErrors().AddRange(result.Errors).ToDictionary());
        }

        var fair = result.TimesChanged ? await schedule.SyncAsync(fairId) ?? result.Fair! : result.Fair!;
        return TypedResults.Ok(await fair.ToResponseAsync(grains));
    }

    private static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> RegisterAsync(string fairId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var fair = grains.GetGrain<IFairGrain>(fairId);
        if (await fair.GetAsync() is not { } info)
        {
            return NoSuchFair();
        }

        var graduateId = user.UserId();
        if (info.Eligibility != Eligibility.Everyone)
        {
            var priority = await grains.GetGrain<IGraduateGrain>(graduateId).GetPriorityAsync();
            if (!EligibilityRule.CanTakePart(info.Eligibility, priority.Groups, info.PriorityGroups))
            {
                return Problems.Forbidden(EligibilityRule.NotEligibleMessage);
            }
        }

        var result = await fair.RegisterAsync(graduateId);
        return result.Outcome switch
        {
            RegistrationOutcome.Registered or RegistrationOutcome.AlreadyRegistered => TypedResults.Ok(new RegistrationResponse(fairId, result.RegisteredAt!.Value)),
            RegistrationOutcome.Closed => Problems.Conflict("Fair closed", "The fair is closed: registration has ended."),
            _ => NoSuchFair(),
        };
    }

    private static async Task<Results<Ok<RegistrationResponse>, ProblemHttpResult>> GetRegistrationAsync(string fairId, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IFairGrain>(fairId).GetRegistrationAsync(user.UserId()) is { } registeredAt
            ? TypedResults.Ok(new RegistrationResponse(fairId, registeredAt))
            : Problems.NotFound("You have not registered for this fair.");

    private static async Task<Results<Ok<FairResponse>, ProblemHttpResult>> ChangeAsync(string fairId, Task<FairChange> change, IGrainFactory grains, FairSchedule schedule)
    {
        var result = await change;
        if (result.Fair is null)
        {
            return NoSuchFair();
        }

        if (result.Kind == FairTransitionKind.Conflict)
        {
            return Problems.Conflict(result.Message ?? "The fair cannot change that way now.");
        }

        // Opened or closed by hand: the triggers still pending (opening, reminders) are dropped.
        var fair = result.Kind == FairTransitionKind.Changed ? await schedule.SyncAsync(fairId) ?? result.Fair : result.Fair;
        return TypedResults.Ok(await fair.ToResponseAsync(grains));
    }

    private static ProblemHttpResult NoSuchFair() => Problems.NotFound("There is no fair with this id.");
}
