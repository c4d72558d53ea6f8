using System.Net;
using GraduateFair.Server.Tests.Support;
using GraduateFair.Storage.InMemory;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>
/// A place belongs to the graduate, not to a connection: without one they are skipped, after
/// ten minutes they lose the place and are told when they come back. Each test has its own server,
/// because it moves the clock by minutes. A test moves the clock only once the server counts the
/// graduate offline, so "offline since" is known.
/// </summary>
public sealed class PresenceTests
{
    private static readonly TimeSpan OfflineRemoval = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task CallNextSkipsAGraduateWithoutAConnectionWhoKeepsTheirPlace()
    {
        await using var app = new GraduateFairApp();
        var story = new Story(app);
        var (employer, _, boothId) = await story.OpenBoothAsync();
        var away = await story.GraduateAsync("Away From Keyboard", online: false);
        var here = await story.GraduateAsync("Right Here");
        await story.JoinAsync(away, boothId);
        await story.JoinAsync(here, boothId);

        var (_, called) = await story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.Equal(here.UserId, called.Text("graduateId"));
        Assert.Equal(1, await story.PositionAsync(away, boothId));
    }

    [Fact]
    public async Task AGraduateOfflineForTenMinutesLosesTheirPlaceAndIsToldOnceWhenBack()
    {
        await using var app = new GraduateFairApp();
        var story = new Story(app);
        var (employer, fairId, boothId) = await story.OpenBoothAsync();
        await using var employerHub = await app.ConnectHubAsync(employer);
        await employerHub.InvokeAsync("WatchBooth", boothId);
        var graduate = await story.GraduateAsync("Lost Connection");
        await story.JoinAsync(graduate, boothId);
        await employerHub.On("BoothQueue").NextAsync();
        await app.GoOfflineAsync(graduate, story.Hub(graduate));

        app.Clock.Advance(OfflineRemoval - TimeSpan.FromMinutes(1));
        var stillThere = await story.PositionAsync(graduate, boothId);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var count = await employerHub.On("BoothQueue").NextAsync<BoothQueueDto>();
        var (_, queues) = await story.Client.GetAsync("/api/me/queues", graduate.Token);
        await using var back = await app.ConnectHubAsync(graduate);
        var told = await back.On("QueueLeft").NextAsync<QueueLeftDto>();
        await back.InvokeAsync("WatchFair", fairId); // runs once the connect's catch-up is done
        await using var backAgain = await app.ConnectHubAsync(graduate);
        await backAgain.InvokeAsync("WatchFair", fairId);

        Assert.Equal(1, stillThere);
        Assert.Equal(new BoothQueueDto(boothId, 0), count);
        Assert.Null(await story.PositionAsync(graduate, boothId));
        Assert.Empty(queues!.AsArray());
        Assert.Equal(new QueueLeftDto(boothId, "offline"), told);
        Assert.Empty(backAgain.Received("QueueLeft"));
    }

    [Fact]
    public async Task GraduatesWhoNeverConnectedGoTenMinutesAfterJoiningAndThoseBehindMoveUp()
    {
        await using var app = new GraduateFairApp();
        var story = new Story(app);
        var (employer, _, boothId) = await story.OpenBoothAsync();
        await using var employerHub = await app.ConnectHubAsync(employer);
        await employerHub.InvokeAsync("WatchBooth", boothId);
        var first = await story.GraduateAsync("Joined By API", online: false);
        var second = await story.GraduateAsync("Also By API", online: false);
        var here = await story.GraduateAsync("Online Behind");
        await story.JoinAsync(first, boothId);
        await story.JoinAsync(second, boothId);
        await story.JoinAsync(here, boothId);
        var joined = await story.Hub(here).On("QueuePosition").NextAsync<QueuePositionDto>();

        app.Clock.Advance(OfflineRemoval);
        var moved = await story.Hub(here).On("QueuePosition").NextAsync<QueuePositionDto>();
        var count = await employerHub.On("BoothQueue").WaitForAsync(m => m.Argument<BoothQueueDto>().Waiting == 1, "the count after the removals");

        Assert.Equal(3, joined.Position);
        Assert.Equal(1, moved.Position);
        Assert.Equal(new BoothQueueDto(boothId, 1), count.Argument<BoothQueueDto>());
        Assert.Null(await story.PositionAsync(first, boothId));
        Assert.Null(await story.PositionAsync(second, boothId));
    }

    [Fact]
    public async Task AGraduateWhoComesBackInTimeKeepsTheirPlace()
    {
        await using var app = new GraduateFairApp();
        var story = new Story(app);
        var (employer, _, boothId) = await story.OpenBoothAsync();
        var graduate = await story.GraduateAsync("Brief Outage");
        await story.JoinAsync(graduate, boothId);
        await app.GoOfflineAsync(graduate, story.Hub(graduate));

        app.Clock.Advance(OfflineRemoval - TimeSpan.FromMinutes(1));
        await using var back = await app.ConnectHubAsync(graduate);
        var place = await back.On("QueuePosition").NextAsync<QueuePositionDto>();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, called) = await story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var invited = await back.On("Invited").NextAsync<InvitedDto>();

        Assert.Equal(1, place.Position);
        Assert.Equal(graduate.UserId, called.Text("graduateId"));
        Assert.Equal(called.Text("invitationId"), invited.InvitationId);
        Assert.Empty(back.Received("QueueLeft"));
    }

    [Fact]
    public async Task AGraduateWithAnotherConnectionOpenStaysOnline()
    {
        await using var app = new GraduateFairApp();
        var story = new Story(app);
        var (employer, _, boothId) = await story.OpenBoothAsync();
        var graduate = await story.GraduateAsync("Two Devices");
        await using var phone = await app.ConnectHubAsync(graduate);
        await story.JoinAsync(graduate, boothId);
        await story.Hub(graduate).DisposeAsync();

        app.Clock.Advance(OfflineRemoval + TimeSpan.FromMinutes(1));
        var (status, called) = await story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(graduate.UserId, called.Text("graduateId"));
        Assert.Empty(phone.Received("QueueLeft"));
    }

    [Fact]
    public async Task AGraduateWhoNeverReconnectsAfterARestartIsRemovedTenMinutesAfterStartUp()
    {
        var store = new InMemoryBlobStore();
        string boothId;
        Session graduate;
        await using (var first = new GraduateFairApp(null, store))
        {
            var firstStory = new Story(first);
            (_, _, boothId) = await firstStory.OpenBoothAsync();
            graduate = await firstStory.GraduateAsync("Gone With The Server");
            await firstStory.JoinAsync(graduate, boothId);
        }

        await using var app = new GraduateFairApp(null, store);
        var story = new Story(app);
        var before = await story.PositionAsync(graduate, boothId);
        app.Clock.Advance(OfflineRemoval);
        var after = await story.PositionAsync(graduate, boothId);
        await using var back = await app.ConnectHubAsync(graduate);
        var told = await back.On("QueueLeft").NextAsync<QueueLeftDto>();

        Assert.Equal(1, before);
        Assert.Null(after);
        Assert.Equal(new QueueLeftDto(boothId, "offline"), told);
    }
}
