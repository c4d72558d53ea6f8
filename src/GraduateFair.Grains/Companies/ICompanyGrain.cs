using GraduateFair.Runtime;

namespace GraduateFair.Grains.Companies;

/// <summary>A company, keyed by company id. Created pending; only an organiser verifies it.</summary>
public interface ICompanyGrain : IGrainWithStringKey
{
    /// <summary>Creates the company with its creator as its first employer; idempotent for the same creator.</summary>
    Task<CompanyInfo> CreateAsync(NewCompany company);

    Task<CompanyInfo?> GetAsync();

    /// <summary>Marks the company verified (idempotent); null when there is no such company.</summary>
    Task<CompanyInfo?> VerifyAsync(string organiserId);

    /// <summary>Adds an employer account to the company's employers (idempotent).</summary>
    Task<CompanyInfo?> AddEmployerAsync(string employerId);

    /// <summary>Records a booth the company opened.</summary>
    Task AddBoothAsync(CompanyBooth booth);

    /// <summary>The company's logo, or null when it has none (or there is no such company).</summary>
    Task<CompanyLogo?> GetLogoAsync();

    /// <summary>
    /// Makes <paramref name="logo"/> (whose blob is written) the company's logo; returns the one it
    /// replaced. Throws <see cref="InvalidOperationException"/> when there is no such company.
    /// </summary>
    Task<CompanyLogo?> SetLogoAsync(CompanyLogo logo);
}
