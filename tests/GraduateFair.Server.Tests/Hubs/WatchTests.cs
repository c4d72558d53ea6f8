using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>Watching a booth (its employers) and a fair (anyone signed in): live waiting counts and fair status.</summary>
public sealed class WatchTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task WatchingABoothAnswersItsCountAndThenEveryChange()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        await using var hub = await _app.ConnectHubAsync(employer);
        var graduate = await _story.GraduateAsync("Joiner");

        var watching = await hub.InvokeAsync<BoothQueueDto>("WatchBooth", boothId);
        await _story.JoinAsync(graduate, boothId);
        var joined = await hub.On("BoothQueue").NextAsync<BoothQueueDto>();

        Assert.Equal(new BoothQueueDto(boothId, 0), watching);
        Assert.Equal(new BoothQueueDto(boothId, 1), joined);
    }

    [Fact]
    public async Task AFairWatcherHearsTheCountOfEveryBoothInTheFair()
    {
        var organiser = await _story.OrganiserAsync();
        var (employer, fairId, firstBooth) = await _story.OpenBoothAsync(organiser);
        var companyId = (await _story.Client.GetAsync("/api/companies", employer.Token)).Body![0].Text("companyId")!;
        var secondBooth = await _story.CreateBoothAsync(employer, fairId, companyId, "Second booth");
        var visitor = await _story.GraduateAsync("Lobby Visitor");
        var hub = _story.Hub(visitor);

        var watching = await hub.InvokeAsync<FairStatusDto>("WatchFair", fairId);
        await _story.JoinAsync(visitor, firstBooth);
        await _story.JoinAsync(visitor, secondBooth);
        var first = await hub.On("BoothQueue").NextAsync<BoothQueueDto>();
        var second = await hub.On("BoothQueue").NextAsync<BoothQueueDto>();

        Assert.Equal(new FairStatusDto(fairId, "open"), watching);
        Assert.Equal(new BoothQueueDto(firstBooth, 1), first);
        Assert.Equal(new BoothQueueDto(secondBooth, 1), second);
    }

    [Fact]
    public async Task OnlyTheBoothsOwnEmployersMayWatchIt()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, _, boothId) = await _story.OpenBoothAsync(organiser);
        var (otherEmployer, _, _) = await _story.OpenBoothAsync(organiser);
        await using var other = await _app.ConnectHubAsync(otherEmployer);
        var graduate = await _story.GraduateAsync("Not An Employer");

        var byOtherCompany = await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("WatchBooth", boothId));
        var byGraduate = await Assert.ThrowsAsync<HubException>(() => _story.Hub(graduate).InvokeAsync("WatchBooth", boothId));
        var unknown = await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("WatchBooth", "booth_nope"));
        var empty = await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("WatchBooth", ""));

        Assert.Equal(HubErrors.Refused("WatchBooth", "Only the employers of this booth's company can do that."), byOtherCompany.Message);
        Assert.Equal(byOtherCompany.Message, byGraduate.Message);
        Assert.Equal(HubErrors.Refused("WatchBooth", "There is no booth with this id."), unknown.Message);
        Assert.Equal(HubErrors.Refused("WatchBooth", "A booth id is required."), empty.Message);
    }

    [Fact]
    public async Task WatchingAnUnknownFairIsRefused()
    {
        var graduate = await _story.GraduateAsync("Lost Visitor");

        var refused = await Assert.ThrowsAsync<HubException>(() => _story.Hub(graduate).InvokeAsync("WatchFair", "fair_nope"));

        Assert.Equal(HubErrors.Refused("WatchFair", "There is no fair with this id."), refused.Message);
    }

    [Fact]
    public async Task UnwatchingABoothStopsItsCounts()
    {
        var organiser = await _story.OrganiserAsync();
        var (employer, fairId, firstBooth) = await _story.OpenBoothAsync(organiser);
        var companyId = (await _story.Client.GetAsync("/api/companies", employer.Token)).Body![0].Text("companyId")!;
        var secondBooth = await _story.CreateBoothAsync(employer, fairId, companyId, "Still watched");
        await using var hub = await _app.ConnectHubAsync(employer);
        var graduate = await _story.GraduateAsync("Joins Both");

        await hub.InvokeAsync("WatchBooth", firstBooth);
        await hub.InvokeAsync("WatchBooth", secondBooth);
        await hub.InvokeAsync("UnwatchBooth", firstBooth);
        await _story.JoinAsync(graduate, firstBooth);
        await _story.JoinAsync(graduate, secondBooth);
        var heard = await hub.On("BoothQueue").NextAsync<BoothQueueDto>();

        // Counts go out in the order of the joins: the first booth's would have come first.
        Assert.Equal(new BoothQueueDto(secondBooth, 1), heard);
        Assert.Single(hub.Received("BoothQueue"));
    }

    [Fact]
    public async Task UnwatchingAFairStopsItsStatus()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, fairId, _) = await _story.OpenBoothAsync(organiser);
        var (_, otherFairId, _) = await _story.OpenBoothAsync(organiser);
        var graduate = await _story.GraduateAsync("Leaves The Lobby");
        var hub = _story.Hub(graduate);

        await hub.InvokeAsync("WatchFair", fairId);
        await hub.InvokeAsync("WatchFair", otherFairId);
        await hub.InvokeAsync("UnwatchFair", fairId);
        await _story.Client.PostAsync($"/api/fairs/{fairId}/close", token: organiser.Token);
        await _story.Client.PostAsync($"/api/fairs/{otherFairId}/close", token: organiser.Token);
        var heard = await hub.On("FairStatus").NextAsync<FairStatusDto>();

        Assert.Equal(new FairStatusDto(otherFairId, "closed"), heard);
        Assert.Single(hub.Received("FairStatus"));
    }
}
