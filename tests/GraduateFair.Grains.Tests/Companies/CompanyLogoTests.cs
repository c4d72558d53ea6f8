using GraduateFair.Grains.Companies;
using GraduateFair.Runtime.Testing;

namespace GraduateFair.Grains.Tests.Companies;

public sealed class CompanyLogoTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public Task InitializeAsync()
    {
        _cluster = TestCluster.Start(grains => grains.AddGraduateFairGrains(), services => services.AddGraduateFairGrainServices(), options: options => options.UseGraduateFairSerialization());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task ANewLogoReplacesThePreviousOneWhichIsReturnedAndBothSurviveARestart()
    {
        var company = _cluster.GetGrain<ICompanyGrain>("co_logo");
        await company.CreateAsync(new NewCompany("Logo Co", "91310000MA1K000001", "Design", "Wuhan", "u_owner"));
        var png = Logo("lg_1", "image/png");
        var jpeg = Logo("lg_2", "image/jpeg");

        var first = await company.SetLogoAsync(png);
        var replaced = await company.SetLogoAsync(jpeg);
        await using var restarted = await _cluster.RestartAsync(graceful: false);
        var after = await restarted.GetGrain<ICompanyGrain>("co_logo").GetLogoAsync();
        var info = await restarted.GetGrain<ICompanyGrain>("co_logo").GetAsync();

        Assert.Null(first);
        Assert.Equal(png, replaced);
        Assert.Equal(jpeg, after);
        Assert.Equal("Logo Co", info?.Name);
    }

    [Fact]
    public async Task ThereIsNoLogoForACompanyThatDoesNotExistAndNoneCanBeSet()
    {
        var company = _cluster.GetGrain<ICompanyGrain>("co_missing");

        var logo = await company.GetLogoAsync();
        var setting = await Assert.ThrowsAsync<InvalidOperationException>(() => company.SetLogoAsync(Logo("lg_1", "image/png")));

        Assert.Null(logo);
        Assert.Equal("There is no company co_missing to set a logo for.", setting.Message);
    }

    private CompanyLogo Logo(string logoId, string contentType) => new(logoId, $"logos/co/{logoId}", contentType, 100, _cluster.Clock.GetUtcNow());
}
