using System.Security.Claims;
using GraduateFair.Domain.Companies;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Companies;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Recommendations;
using GraduateFair.Server.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Booths;

public static class BoothsApi
{
    public static IEndpointRouteBuilder MapBoothsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/fairs/{fairId}/booths", CreateAsync).WithTags("Booths").RequireAuthorization(Roles.Employer);
        var booths = routes.MapGroup("/api/booths/{boothId}").WithTags("Booths").RequireAuthorization();
        booths.MapGet("/", GetAsync);
        booths.MapPost("/jobs", AddJobAsync).RequireAuthorization(Roles.Employer);
        booths.MapPost("/pause", (string boothId, ClaimsPrincipal user, IGrainFactory grains) => SetPausedAsync(boothId, true, user, grains)).RequireAuthorization(Roles.Employer);
        booths.MapPost("/resume", (string boothId, ClaimsPrincipal user, IGrainFactory grains) => SetPausedAsync(boothId, false, user, grains)).RequireAuthorization(Roles.Employer);
        return routes;
    }

    private static async Task<Results<Created<BoothCreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string fairId, CreateBoothRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors()
            .Add("companyId", string.IsNullOrWhiteSpace(body.CompanyId) ? "Company id is required." : null)
            .Add("title", TextRules.Required(body.Title, "Title", TextRules.TitleMaxLength))
            .Add("description", TextRules.Optional(body.Description, "Description", TextRules.DescriptionMaxLength));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var fair = await grains.GetGrain<IFairGrain>(fairId).GetAsync();
        if (fair is null)
        {
            return Problems.NotFound("There is no fair with this id.");
        }

        var company = await grains.GetGrain<ICompanyGrain>(body.CompanyId!).GetAsync();
        if (company is null)
        {
            return Problems.NotFound("There is no company with this id.");
        }

        if (!company.IsEmployer(user.UserId()))
        {
            return Problems.Forbidden("Only the company's employers can open its booths.");
        }

        if (company.Status != CompanyStatus.Verified)
        {
            return Problems.Conflict("Company not verified", "Only verified companies host booths: an organiser has not verified this company yet.");
        }

        if (fair.Status == FairStatus.Closed)
        {
            return Problems.Conflict("The fair is closed: no more booths can open in it.");
        }

        var boothId = Ids.New("booth");
        var title = body.Title!.Trim();
        await grains.GetGrain<IBoothGrain>(boothId).CreateAsync(new NewBooth(fairId, company.CompanyId, company.Name, title, TextRules.Normalize(body.Description), user.UserId()));
        var added = await grains.GetGrain<IFairGrain>(fairId).AddBoothAsync(new FairBooth(boothId, company.CompanyId, company.Name, title));
        if (added.Kind == FairTransitionKind.Conflict)
        {
            return Problems.Conflict(added.Message ?? "The booth could not be added to the fair.");
        }

        await grains.GetGrain<ICompanyGrain>(company.CompanyId).AddBoothAsync(new CompanyBooth(boothId, fairId, title));
        return TypedResults.Created($"/api/booths/{boothId}", new BoothCreatedResponse(boothId));
    }

    private static async Task<Results<Ok<BoothResponse>, ProblemHttpResult>> GetAsync(string boothId, IGrainFactory grains)
    {
        var booth = await grains.GetGrain<IBoothGrain>(boothId).GetAsync();
        if (booth is null)
        {
            return BoothAccess.NoSuchBooth();
        }

        var load = await grains.GetGrain<IInterviewQueueGrain>(boothId).GetLoadAsync();
        return TypedResults.Ok(new BoothResponse(
            booth.BoothId, booth.FairId, booth.CompanyId, booth.CompanyName, booth.Title, booth.Description,
            [.. booth.Jobs.Select(JobResponse.From)], load?.Waiting ?? 0, load?.EtaSeconds ?? 0, load?.EtaText ?? "", load?.Paused ?? false));
    }

    private static async Task<Results<Created<JobCreatedResponse>, ValidationProblem, ProblemHttpResult>> AddJobAsync(
        string boothId, CreateJobRequest body, ClaimsPrincipal user, IGrainFactory grains, JobPushTriggers pushes)
    {
        var errors = new ValidationErrors().Add("title", JobRules.Title(body.Title));
        var discipline = errors.Enum<Discipline>("discipline", body.Discipline);
        var degree = errors.Enum<Degree>("degree", body.Degree);
        errors.Add("city", TextRules.Required(body.City, "City", TextRules.NameMaxLength))
            .Add("openings", body.Openings is null ? "Openings is required." : null)
            .Add("description", TextRules.Optional(body.Description, "Description", TextRules.DescriptionMaxLength))
            .AddRange(JobRules.Check(body.Openings ?? 1, body.SalaryMin, body.SalaryMax));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (booth, refusal) = await BoothAccess.ForEmployerAsync(grains, boothId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var job = await grains.GetGrain<IBoothGrain>(booth!.BoothId).AddJobAsync(Ids.New("job"), new NewJob(
            body.Title!.Trim(), discipline!.Value, degree!.Value, body.City!.Trim(), body.Openings!.Value, body.SalaryMin, body.SalaryMax, TextRules.Normalize(body.Description)));
        await JobListing.ListAsync(grains, pushes, booth, job!);
        return TypedResults.Created($"/api/booths/{boothId}", new JobCreatedResponse(job!.JobId));
    }

    private static async Task<Results<Ok<PauseResponse>, ProblemHttpResult>> SetPausedAsync(string boothId, bool paused, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (_, refusal) = await BoothAccess.ForEmployerAsync(grains, boothId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var load = await grains.GetGrain<IInterviewQueueGrain>(boothId).SetPausedAsync(paused);
        return load is null ? BoothAccess.NoSuchBooth() : TypedResults.Ok(new PauseResponse(boothId, load.Paused));
    }
}
