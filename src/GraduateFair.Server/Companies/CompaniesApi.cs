using System.Security.Claims;
using GraduateFair.Domain.Accounts;
using GraduateFair.Domain.Companies;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains;
using GraduateFair.Grains.Accounts;
using GraduateFair.Grains.Companies;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Companies;

public static class CompaniesApi
{
    public static IEndpointRouteBuilder MapCompaniesApi(this IEndpointRouteBuilder routes)
    {
        var companies = routes.MapGroup("/api/companies").WithTags("Companies").RequireAuthorization();
        companies.MapPost("/", CreateAsync).RequireAuthorization(Roles.Employer);
        companies.MapGet("/", ListAsync);
        companies.MapGet("/{companyId}", GetAsync);
        companies.MapPost("/{companyId}/verify", VerifyAsync).RequireAuthorization(Roles.Organiser);
        companies.MapPost("/{companyId}/employers", AddEmployerAsync).RequireAuthorization(Roles.Employer);
        return routes;
    }

    private static async Task<Results<Created<CompanyStatusResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateCompanyRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors()
            .Add("name", CompanyRules.Name(body.Name))
            .Add("creditCode", CompanyRules.CreditCode(body.CreditCode?.Trim()))
            .Add("industry", TextRules.Required(body.Industry, "Industry", TextRules.NameMaxLength))
            .Add("city", TextRules.Required(body.City, "City", TextRules.NameMaxLength));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var companyId = Ids.New("co");
        var company = await grains.GetGrain<ICompanyGrain>(companyId).CreateAsync(
            new NewCompany(body.Name!.Trim(), body.CreditCode!.Trim(), body.Industry!.Trim(), body.City!.Trim(), user.UserId()));
        var holder = await grains.GetGrain<ICompanyDirectoryGrain>(CompanyDirectoryGrain.SingletonKey).RegisterAsync(company.ToSummary());
        if (holder != companyId)
        {
            return Problems.Conflict("Company already registered", "A company with this unified social credit code is registered already. Ask one of its employers to add you.");
        }

        return TypedResults.Created($"/api/companies/{companyId}", new CompanyStatusResponse(companyId, company.Status));
    }

    private static async Task<Results<Ok<List<CompanyResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, IGrainFactory grains, string? status = null)
    {
        var errors = new ValidationErrors();
        var wanted = errors.Enum<CompanyStatus>("status", status, required: false);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        IEnumerable<CompanySummary> companies = await grains.GetGrain<ICompanyDirectoryGrain>(CompanyDirectoryGrain.SingletonKey).ListAsync();
        if (user.IsInRole(Roles.Employer))
        {
            var userId = user.UserId();
            companies = companies.Where(c => c.EmployerIds.Contains(userId, StringComparer.Ordinal));
        }
        else if (!user.IsInRole(Roles.Organiser))
        {
            return Problems.Forbidden("Only organisers and employers list companies.");
        }

        return TypedResults.Ok(companies.Where(c => wanted is null || c.Status == wanted).Select(CompanyResponse.From).ToList());
    }

    private static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> GetAsync(string companyId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var company = await grains.GetGrain<ICompanyGrain>(companyId).GetAsync();
        if (company is null)
        {
            return NoSuchCompany();
        }

        return user.IsInRole(Roles.Organiser) || company.IsEmployer(user.UserId())
            ? TypedResults.Ok(CompanyResponse.From(company))
            : Problems.Forbidden("Only the company's employers and organisers see the company's record.");
    }

    private static async Task<Results<Ok<CompanyStatusResponse>, ProblemHttpResult>> VerifyAsync(string companyId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var company = await grains.GetGrain<ICompanyGrain>(companyId).VerifyAsync(user.UserId());
        return company is null ? NoSuchCompany() : TypedResults.Ok(new CompanyStatusResponse(company.CompanyId, company.Status));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AddEmployerAsync(
        string companyId, AddEmployerRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new ValidationErrors().Add("email", AccountRules.Email(body.Email?.Trim()));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var companyGrain = grains.GetGrain<ICompanyGrain>(companyId);
        var company = await companyGrain.GetAsync();
        if (company is null)
        {
            return NoSuchCompany();
        }

        if (!company.IsEmployer(user.UserId()))
        {
            return Problems.Forbidden("Only the company's employers add colleagues.");
        }

        var colleagueId = await grains.GetGrain<IEmailGrain>(AccountRules.NormalizeEmail(body.Email!)).GetOwnerAsync();
        var colleague = colleagueId is null ? null : await grains.GetGrain<IUserGrain>(colleagueId).GetAsync();
        if (colleague is null)
        {
            return Problems.NotFound("There is no account with this email address.");
        }

        if (colleague.Role != UserRole.Employer)
        {
            return Problems.Conflict("Not an employer account", "Only employer accounts can be added to a company.");
        }

        await companyGrain.AddEmployerAsync(colleague.UserId);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSuchCompany() => Problems.NotFound("There is no company with this id.");
}
