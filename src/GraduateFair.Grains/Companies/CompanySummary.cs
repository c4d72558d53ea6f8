using GraduateFair.Domain.Companies;

namespace GraduateFair.Grains.Companies;

public sealed record CompanySummary(string CompanyId, string Name, string CreditCode, string Industry, string City, CompanyStatus Status, IReadOnlyList<string> EmployerIds);
