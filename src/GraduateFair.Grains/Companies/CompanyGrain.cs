using GraduateFair.Domain.Companies;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Companies;

public sealed class CompanyGrain : JournaledGrain<CompanyState, CompanyEvent>, ICompanyGrain
{
    public Task<CompanyInfo> CreateAsync(NewCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (State.Company is null)
        {
            RaiseEvent(new CompanyCreated(new CompanyInfo(
                Key, company.Name, company.CreditCode, company.Industry, company.City, CompanyStatus.Pending,
                [company.CreatedBy], [], TimeProvider.GetUtcNow(), null)));
        }

        return Task.FromResult(State.Company!);
    }

    public Task<CompanyInfo?> GetAsync() => Task.FromResult(State.Company);

    public async Task<CompanyInfo?> VerifyAsync(string organiserId)
    {
        if (State.Company is not { } company)
        {
            return null;
        }

        if (company.Status != CompanyStatus.Verified)
        {
            RaiseEvent(new CompanyVerified(organiserId, TimeProvider.GetUtcNow()));
            await Directory.UpdateAsync(State.Company!.ToSummary());
        }

        return State.Company;
    }

    public async Task<CompanyInfo?> AddEmployerAsync(string employerId)
    {
        if (State.Company is not { } company)
        {
            return null;
        }

        if (!company.IsEmployer(employerId))
        {
            RaiseEvent(new EmployerAdded(employerId));
            await Directory.UpdateAsync(State.Company!.ToSummary());
        }

        return State.Company;
    }

    public Task AddBoothAsync(CompanyBooth booth)
    {
        if (State.Company is { } company && !company.Booths.Any(b => b.BoothId == booth.BoothId))
        {
            RaiseEvent(new CompanyBoothAdded(booth));
        }

        return Task.CompletedTask;
    }

    public Task<CompanyLogo?> GetLogoAsync() => Task.FromResult(State.Company is null ? null : State.Logo);

    public Task<CompanyLogo?> SetLogoAsync(CompanyLogo logo)
    {
        ArgumentNullException.ThrowIfNull(logo);
        if (State.Company is null)
        {
            throw new InvalidOperationException($"There is no company {Key} to set a logo for.");
        }

        var previous = State.Logo;
        if (previous?.LogoId == logo.LogoId)
        {
            return Task.FromResult<CompanyLogo?>(null);
        }

        RaiseEvent(new CompanyLogoSet(logo));
        return Task.FromResult(previous);
    }

    protected override void TransitionState(CompanyState state, CompanyEvent change)
    {
        if (change is CompanyLogoSet logoSet)
        {
            state.Logo = logoSet.Logo;
            return;
        }

        state.Company = change switch
        {
            CompanyCreated created => created.Company,
            CompanyVerified verified => state.Company! with { Status = CompanyStatus.Verified, VerifiedAt = verified.At },
            EmployerAdded added => state.Company! with { EmployerIds = [.. state.Company.EmployerIds, added.EmployerId] },
            CompanyBoothAdded booth => state.Company! with { Booths = [.. state.Company.Booths, booth.Booth] },
            _ => state.Company,
        };
    }

    private ICompanyDirectoryGrain Directory => GrainFactory.GetGrain<ICompanyDirectoryGrain>(CompanyDirectoryGrain.SingletonKey);
}
