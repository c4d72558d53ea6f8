using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>
/// At most one <c>QueuePosition</c> per graduate and booth a second (on the manual clock): the
/// first change at once, later ones at the end of the window with the latest value, nothing when
/// nothing changed; and every queue's place again on every connect.
/// </summary>
/// <remarks>
/// To show that nothing more was sent, a test has the graduate join another booth: that
/// booth's first position goes at once, and the hub sends in order, so whatever was sent before
/// has arrived by then.
/// </remarks>
public sealed class CoalescingTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task TheFirstChangeGoesAtOnceAndLaterOnesAtTheEndOfTheWindowWithTheLatestValue()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, _, boothId) = await _story.OpenBoothAsync(organiser);
        var (_, _, markerBooth) = await _story.OpenBoothAsync(organiser);
        var graduate = await _story.GraduateAsync("Pushed Back");
        var hub = _story.Hub(graduate);

        await _story.JoinAsync(graduate, boothId);
        var first = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();
        await _story.JoinAsync(await _story.GraduateAsync("Priority One", priorityGroup: "hardship-family"), boothId);
        await _story.JoinAsync(await _story.GraduateAsync("Priority Two", priorityGroup: "hardship-family"), boothId);
        await _story.JoinAsync(graduate, markerBooth);
        var marker = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();
        _app.Clock.Advance(Window);
        var atWindowEnd = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal(new QueuePositionDto(boothId, 1, 600, "about 10 minutes"), first);
        Assert.Equal(markerBooth, marker.BoothId);
        Assert.Equal(new QueuePositionDto(boothId, 3, 1800, "about 30 minutes"), atWindowEnd);
    }

    [Fact]
    public async Task NothingIsSentWhenNeitherThePositionNorTheEstimateChanged()
    {
        var organiser = await _story.OrganiserAsync();
        var (employer, _, boothId) = await _story.OpenBoothAsync(organiser);
        var (_, _, markerBooth) = await _story.OpenBoothAsync(organiser);
        var called = await _story.GraduateAsync("Called First");
        var waiting = await _story.GraduateAsync("Keeps Waiting");
        var hub = _story.Hub(waiting);
        await _story.JoinAsync(called, boothId);
        await _story.JoinAsync(waiting, boothId);
        await hub.On("QueuePosition").NextAsync();

        var (_, invitation) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        _app.Clock.Advance(Window);
        var moved = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();

        // Accepting republishes every place; the waiting graduate's did not change.
        await _story.Client.PostAsync($"/api/invitations/{invitation.Text("invitationId")}/accept", token: called.Token);
        _app.Clock.Advance(Window);
        await _story.JoinAsync(waiting, markerBooth);
        var marker = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal(new QueuePositionDto(boothId, 1, 600, "about 10 minutes"), moved);
        Assert.Equal(markerBooth, marker.BoothId);
        Assert.Equal([2, 1], hub.Received("QueuePosition").Select(m => m.Argument<QueuePositionDto>()).Where(p => p.BoothId == boothId).Select(p => p.Position));
    }

    [Fact]
    public async Task EachBoothsPositionsAreCoalescedOnTheirOwn()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, _, firstBooth) = await _story.OpenBoothAsync(organiser);
        var (_, _, secondBooth) = await _story.OpenBoothAsync(organiser);
        var graduate = await _story.GraduateAsync("In Two Queues");
        var hub = _story.Hub(graduate);

        await _story.JoinAsync(graduate, firstBooth);
        await _story.JoinAsync(graduate, secondBooth);
        var first = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();
        var second = await hub.On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal((firstBooth, 1), (first.BoothId, first.Position));
        Assert.Equal((secondBooth, 1), (second.BoothId, second.Position));
    }

    [Fact]
    public async Task WaitingCountsAreCoalescedPerBoothToo()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        await using var hub = await _app.ConnectHubAsync(employer);
        await hub.InvokeAsync("WatchBooth", boothId);

        await _story.JoinAsync(await _story.GraduateAsync("Count One"), boothId);
        var first = await hub.On("BoothQueue").NextAsync<BoothQueueDto>();
        await _story.JoinAsync(await _story.GraduateAsync("Count Two"), boothId);
        await _story.JoinAsync(await _story.GraduateAsync("Count Three"), boothId);
        _app.Clock.Advance(Window);
        var atWindowEnd = await hub.On("BoothQueue").NextAsync<BoothQueueDto>();

        Assert.Equal(new BoothQueueDto(boothId, 1), first);
        Assert.Equal(new BoothQueueDto(boothId, 3), atWindowEnd);
        Assert.Equal(2, hub.Received("BoothQueue").Count);
    }

    [Fact]
    public async Task EveryConnectGetsThePlaceInEveryQueueAtOnceWhateverTheWindow()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, _, firstBooth) = await _story.OpenBoothAsync(organiser);
        var (_, _, secondBooth) = await _story.OpenBoothAsync(organiser);
        var graduate = await _story.GraduateAsync("Comes Back");
        await _story.JoinAsync(await _story.GraduateAsync("Ahead At Second"), secondBooth);
        await _story.JoinAsync(graduate, firstBooth);
        await _story.JoinAsync(graduate, secondBooth);
        await _story.Hub(graduate).AbortAsync();

        await using var reconnected = await _app.ConnectHubAsync(graduate);
        var first = await reconnected.On("QueuePosition").NextAsync<QueuePositionDto>();
        var second = await reconnected.On("QueuePosition").NextAsync<QueuePositionDto>();

        Assert.Equal(
            [new QueuePositionDto(firstBooth, 1, 600, "about 10 minutes"), new QueuePositionDto(secondBooth, 2, 1200, "about 20 minutes")],
            new[] { first, second }.OrderBy(p => p.BoothId == firstBooth ? 0 : 1));
    }

    [Fact]
    public async Task AGraduateWhoConnectsWithAnOpenInvitationHearsItAgain()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Invited While Away");
        await _story.JoinAsync(graduate, boothId);
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        await _story.Hub(graduate).AbortAsync();

        await using var reconnected = await _app.ConnectHubAsync(graduate);
        var invited = await reconnected.On("Invited").NextAsync<InvitedDto>();

        Assert.Equal(called.Text("invitationId"), invited.InvitationId);
        Assert.Empty(reconnected.Received("QueuePosition"));
    }
}
