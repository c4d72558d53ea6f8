using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Companies;
using GraduateFair.Runtime;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Booths;

/// <summary>Employers act only on their company's booths.</summary>
public static class BoothAccess
{
    /// <summary>The booth when <paramref name="userId"/> is one of its company's employers; otherwise the 404 or 403 to answer.</summary>
    public static async Task<(BoothInfo? Booth, ProblemHttpResult? Refusal)> ForEmployerAsync(IGrainFactory grains, string boothId, string userId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var booth = await grains.GetGrain<IBoothGrain>(boothId).GetAsync();
        if (booth is null)
        {
            return (null, NoSuchBooth());
        }

        var company = await grains.GetGrain<ICompanyGrain>(booth.CompanyId).GetAsync();
        return company is not null && company.IsEmployer(userId)
            ? (booth, null)
            : (null, Problems.Forbidden("Only the employers of this booth's company can do that."));
    }

    public static ProblemHttpResult NoSuchBooth() => Problems.NotFound("There is no booth with this id.");
}
