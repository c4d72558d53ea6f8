using GraduateFair.Domain.Companies;
using GraduateFair.Grains.Companies;

namespace GraduateFair.Server.Companies;

/// <summary>POST /api/companies.</summary>
public sealed record CreateCompanyRequest(string? Name, string? CreditCode, string? Industry, string? City);

/// <summary>201 answer of POST /api/companies and answer of verify.</summary>
public sealed record CompanyStatusResponse(string CompanyId, CompanyStatus Status);

/// <summary>POST /api/companies/{companyId}/employers.</summary>
public sealed record AddEmployerRequest(string? Email);

public sealed record CompanyResponse(
    string CompanyId,
    string Name,
    string CreditCode,
    string Industry,
    string City,
    CompanyStatus Status,
    IReadOnlyList<CompanyBoothResponse>? Booths)
{
    public static CompanyResponse From(CompanySummary company) =>
        new(company.CompanyId, company.Name, company.CreditCode, company.Industry, company.City, company.Status, null);

    public static CompanyResponse From(CompanyInfo company) =>
        new(company.CompanyId, company.Name, company.CreditCode, company.Industry, company.City, company.Status,
            [.. company.Booths.Select(b => new CompanyBoothResponse(b.BoothId, b.FairId, b.Title))]);
}

public sealed record CompanyBoothResponse(string BoothId, string FairId, string Title);
