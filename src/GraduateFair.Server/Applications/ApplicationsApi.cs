using System.Security.Claims;
using GraduateFair.Grains.Applications;
using GraduateFair.Grains.Companies;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Booths;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Applications;

/// <summary>Applications to a company's jobs, for the company's employers.</summary>
public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/booths/{boothId}/applications", ListForBoothAsync).WithTags("Applications").RequireAuthorization(Roles.Employer)
            .WithDescription("Applications to the booth's jobs, newest first: for its company's employers.");
        routes.MapGet("/api/companies/{companyId}/applications", ListForCompanyAsync).WithTags("Applications").RequireAuthorization(Roles.Employer)
            .WithDescription("Applications to the jobs of all the company's booths, newest first: for its employers.");
        return routes;
    }

    private static async Task<Results<Ok<List<ApplicationResponse>>, ProblemHttpResult>> ListForBoothAsync(string boothId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (_, refusal) = await BoothAccess.ForEmployerAsync(grains, boothId, user.UserId());
        if (refusal is not null)
        {
            return refusal;
        }

        var applications = await grains.GetGrain<IJobApplicationsGrain>(boothId).ListAsync();
        return TypedResults.Ok(applications.Select(ApplicationResponse.From).ToList());
    }

    private static async Task<Results<Ok<List<ApplicationResponse>>, ProblemHttpResult>> ListForCompanyAsync(string companyId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var company = await grains.GetGrain<ICompanyGrain>(companyId).GetAsync();
        if (company is null)
        {
            return Problems.NotFound("There is no company with this id.");
        }

        if (!company.IsEmployer(user.UserId()))
        {
            return Problems.Forbidden("Only the company's employers can see its applications.");
        }

        var perBooth = await Task.WhenAll(company.Booths.Select(b => grains.GetGrain<IJobApplicationsGrain>(b.BoothId).ListAsync()));
        return TypedResults.Ok(perBooth.SelectMany(a => a).OrderByDescending(a => a.AppliedAt).Select(ApplicationResponse.From).ToList());
    }
}
