using GraduateFair.Domain.Companies;
using GraduateFair.Grains.Companies;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Fairs;

public sealed class CompanyTests : EngineTests
{
    private static readonly NewCompany Contoso = new("Contoso", "91110000MA01ABCD2X", "software", "Wuhan", "emp-contoso-1");

    [Fact]
    public async Task ACompanyIsCreatedPendingWithItsCreatorAsItsEmployer()
    {
        var created = await Engine.Grain<ICompanyGrain>("co_contoso").CreateAsync(Contoso);

        Assert.Equal(CompanyStatus.Pending, created.Status);
        Assert.Equal(["emp-contoso-1"], created.EmployerIds);
        Assert.True(created.IsEmployer("emp-contoso-1"));
        Assert.False(created.IsEmployer("emp-other"));
        Assert.Null(created.VerifiedAt);
    }

    [Fact]
    public async Task VerifyingMarksTheCompanyVerifiedOnceAndListsItSo()
    {
        var company = Engine.Grain<ICompanyGrain>("co_contoso");
        var directory = Engine.Grain<ICompanyDirectoryGrain>(CompanyDirectoryGrain.SingletonKey);
        var created = await company.CreateAsync(Contoso);
        Assert.Equal("co_contoso", await directory.RegisterAsync(created.ToSummary()));

        var verified = await company.VerifyAsync(FairEngine.Organiser);
        Engine.Clock.Advance(TimeSpan.FromHours(1));
        var again = await company.VerifyAsync(FairEngine.Organiser);

        Assert.Equal(CompanyStatus.Verified, verified!.Status);
        Assert.Equal(Engine.Clock.GetUtcNow().AddHours(-1), verified.VerifiedAt);
        Assert.Equal(verified.VerifiedAt, again!.VerifiedAt);
        Assert.Equal(CompanyStatus.Verified, Assert.Single(await directory.ListAsync()).Status);
        Assert.Null(await Engine.Grain<ICompanyGrain>("co_none").VerifyAsync(FairEngine.Organiser));
    }

    [Fact]
    public async Task AColleagueIsAddedOnce()
    {
        var company = Engine.Grain<ICompanyGrain>("co_contoso");
        await company.CreateAsync(Contoso);

        await company.AddEmployerAsync("emp-contoso-2");
        var again = await company.AddEmployerAsync("emp-contoso-2");

        Assert.Equal(["emp-contoso-1", "emp-contoso-2"], again!.EmployerIds);
    }

    [Fact]
    public async Task ACreditCodeRegistersOneCompany()
    {
        var directory = Engine.Grain<ICompanyDirectoryGrain>(CompanyDirectoryGrain.SingletonKey);
        var first = await Engine.Grain<ICompanyGrain>("co_first").CreateAsync(Contoso);
        var second = await Engine.Grain<ICompanyGrain>("co_second").CreateAsync(Contoso with { Name = "Contoso Copy" });

        var holder = await directory.RegisterAsync(first.ToSummary());
        var refused = await directory.RegisterAsync(second.ToSummary());

        Assert.Equal("co_first", holder);
        Assert.Equal("co_first", refused);
        Assert.Equal(["co_first"], (await directory.ListAsync()).Select(c => c.CompanyId));
    }

    [Fact]
    public async Task ACompanyRemembersTheBoothsItOpened()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId, "Contoso");

        var company = await Engine.Grain<ICompanyGrain>(booth.CompanyId).GetAsync();

        Assert.Equal([new CompanyBooth(booth.BoothId, fairId, "Contoso campus hiring")], company!.Booths);
    }
}
