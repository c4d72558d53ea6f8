using GraduateFair.Runtime;

namespace GraduateFair.Grains.Companies;

/// <summary>
/// Every company, for listings (organisers verifying, an employer's own companies), and the
/// guard that one unified social credit code registers one company. One instance: company
/// registration is rare, so a single grain is no bottleneck.
/// </summary>
public interface ICompanyDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Registers a company; returns the id of the company that holds the credit code (another id when taken).</summary>
    Task<string> RegisterAsync(CompanySummary company);

    Task UpdateAsync(CompanySummary company);

    Task<IReadOnlyList<CompanySummary>> ListAsync();
}
