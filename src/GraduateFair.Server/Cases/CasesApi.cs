using System.Security.Claims;
using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Graduates;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Cases;

/// <summary>The case ledger (实名台账) for organisers: one case per graduate, listed from the shards, changed through the graduate grain.</summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/cases").WithTags("Case ledger").RequireAuthorization(Roles.Organiser);
        cases.MapGet("/", ListAsync);
        cases.MapGet("/{graduateId}", GetAsync);
        cases.MapPost("/{graduateId}/status", RecordStatusAsync);
        cases.MapPost("/{graduateId}/services", RecordServiceAsync);
        return routes;
    }

    private static async Task<Results<Ok<CasePageResponse>, ValidationProblem>> ListAsync(
        IGrainFactory grains, string? status = null, string? priority = null, string? lacking = null, string? city = null, int? offset = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var wanted = errors.Enum<CaseStatus>("status", status, required: false);
        var inPriority = errors.Boolean("priority", priority);
        LackingFilter? filter = null;
        if (!string.IsNullOrEmpty(lacking) && !LackingFilter.TryParse(lacking, out filter, out var lackingError))
        {
            errors.Add("lacking", lackingError);
        }

        var (skip, take) = errors.Paging(offset, limit);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = new CaseQuery(wanted, inPriority, filter, string.IsNullOrWhiteSpace(city) ? null : city, skip + take);
        var slices = await Task.WhenAll(GraduateShards.All.Select(key => grains.GetGrain<ICaseShardGrain>(key).ListAsync(query)));
        var items = slices.SelectMany(s => s.Items).ToList();
        items.Sort(CaseShardGrain.ListOrder);
        return TypedResults.Ok(new CasePageResponse(slices.Sum(s => s.Total), skip, take, [.. items.Skip(skip).Take(take).Select(i => i.ToResponse())]));
    }

    private static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetAsync(string graduateId, IGrainFactory grains) =>
        await CaseViews.LoadAsync(grains, graduateId) is { } found ? TypedResults.Ok(found) : NoSuchCase();

    private static async Task<Results<Ok<CaseResponse>, ValidationProblem, ProblemHttpResult>> RecordStatusAsync(
        string graduateId, CaseStatusRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var to = errors.Enum<CaseStatus>("status", body.Status);
        var date = errors.Date("date", body.Date);
        if (to is { } status && errors.IsEmpty)
        {
            errors.AddRange(CaseRules.StatusChange(status, body.Note, body.Employer, date));
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var employment = to is CaseStatus.Signed or CaseStatus.Employed ? new Employment(body.Employer!.Trim(), date!.Value) : null;
        var update = await grains.GetGrain<IGraduateGrain>(graduateId).RecordCaseStatusAsync(new CaseStatusEntry(to!.Value, user.UserId(), body.Note, employment));
        return await AnswerAsync(update, grains, graduateId, "Case status not allowed");
    }

    private static async Task<Results<Ok<CaseResponse>, ValidationProblem, ProblemHttpResult>> RecordServiceAsync(
        string graduateId, CaseServiceRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var kind = errors.Enum<ServiceKind>("kind", body.Kind);
        if (body.Count is null)
        {
            errors.Add("count", "Count is required.");
        }
        else
        {
            errors.AddRange(CaseRules.Services(body.Count.Value, body.Note));
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var update = await grains.GetGrain<IGraduateGrain>(graduateId).RecordCaseServiceAsync(new CaseServiceEntry(kind!.Value, body.Count!.Value, user.UserId(), body.Note));
        return await AnswerAsync(update, grains, graduateId, "Service not recorded");
    }

    private static async Task<Results<Ok<CaseResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(CaseUpdate update, IGrainFactory grains, string graduateId, string refusedTitle)
    {
        switch (update.Outcome)
        {
            case CaseUpdateOutcome.NoCase:
                return NoSuchCase();
            case CaseUpdateOutcome.Refused:
                return Problems.Conflict(refusedTitle, update.Message ?? "The case cannot change that way now.");
            case CaseUpdateOutcome.Changed:
                await CaseIndex.PutAsync(grains, update.Summary);
                break;
        }

        return await CaseViews.LoadAsync(grains, graduateId) is { } found ? TypedResults.Ok(found) : NoSuchCase();
    }

    private static ProblemHttpResult NoSuchCase() => Problems.NotFound("There is no case for this graduate: a case opens with the graduate's first profile.");
}
