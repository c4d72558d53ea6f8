using GraduateFair.Grains.Companies;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Resumes;

/// <summary>
/// An employer may read a graduate's resume only while the graduate waits in, is invited to, or was
/// interviewed at a booth of one of the employer's companies.
/// </summary>
public static class ResumeAccessCheck
{
    /// <summary>The first of the employer's companies through which they may read the graduate's resume, or null.</summary>
    public static async Task<CompanyInfo?> CompanyThroughWhichAsync(IGrainFactory grains, string employerId, string graduateId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var companies = await grains.GetGrain<ICompanyDirectoryGrain>(CompanyDirectoryGrain.SingletonKey).ListAsync();
        foreach (var summary in companies.Where(c => c.EmployerIds.Contains(employerId, StringComparer.Ordinal)))
        {
            var company = await grains.GetGrain<ICompanyGrain>(summary.CompanyId).GetAsync();
            if (company is null || !company.IsEmployer(employerId))
            {
                continue;
            }

            var involved = await Task.WhenAll(company.Booths.Select(booth => grains.GetGrain<IInterviewQueueGrain>(booth.BoothId).IsInvolvedAsync(graduateId)));
            if (involved.Contains(true))
            {
                return company;
            }
        }

        return null;
    }
}
