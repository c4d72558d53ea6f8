using GraduateFair.Domain.Companies;

namespace GraduateFair.Grains.Companies;

public sealed record CompanyInfo(
    string CompanyId,
    string Name,
    string CreditCode,
    string Industry,
    string City,
    CompanyStatus Status,
    IReadOnlyList<string> EmployerIds,
    IReadOnlyList<CompanyBooth> Booths,
    DateTimeOffset CreatedAt,
    DateTimeOffset? VerifiedAt)
{
    public bool IsEmployer(string userId) => EmployerIds.Contains(userId, StringComparer.Ordinal);

    public CompanySummary ToSummary() => new(CompanyId, Name, CreditCode, Industry, City, Status, EmployerIds);
}
