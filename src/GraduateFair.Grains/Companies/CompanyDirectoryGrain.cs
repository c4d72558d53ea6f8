using GraduateFair.Runtime;

namespace GraduateFair.Grains.Companies;

public sealed class CompanyDirectoryGrain : JournaledGrain<CompanyDirectoryState, CompanyDirectoryEvent>, ICompanyDirectoryGrain
{
    public const string SingletonKey = "all";

    public Task<string> RegisterAsync(CompanySummary company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (State.ByCreditCode.TryGetValue(company.CreditCode, out var holder))
        {
            return Task.FromResult(holder);
        }

        RaiseEvent(new CompanyListed(company));
        return Task.FromResult(company.CompanyId);
    }

    public Task UpdateAsync(CompanySummary company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (State.Companies.TryGetValue(company.CompanyId, out var listed) && listed != company)
        {
            RaiseEvent(new CompanyListed(company));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CompanySummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<CompanySummary>>([.. State.Companies.Values.OrderBy(c => c.Name, StringComparer.Ordinal)]);

    protected override void TransitionState(CompanyDirectoryState state, CompanyDirectoryEvent change)
    {
        if (change is CompanyListed listed)
        {
            state.Companies[listed.Company.CompanyId] = listed.Company;
            state.ByCreditCode[listed.Company.CreditCode] = listed.Company.CompanyId;
        }
    }
}
