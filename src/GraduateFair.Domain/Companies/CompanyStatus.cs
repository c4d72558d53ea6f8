namespace GraduateFair.Domain.Companies;

/// <summary>Whether an organiser has verified a company; only verified companies host booths.</summary>
public enum CompanyStatus
{
    Pending,
    Verified,
}
