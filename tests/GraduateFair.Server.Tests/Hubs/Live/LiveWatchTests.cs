using System.Net;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs.Live;

/// <summary>Watching a live session: what the answer says, the status, the cards, the viewer count, and never the key.</summary>
public sealed class LiveWatchTests(LiveHubApp live) : IClassFixture<LiveHubApp>
{
    private readonly LiveHubApp _live = live;

    [Fact]
    public async Task WatchingAnswersTheSessionNowAndUnknownSessionsAreRefused()
    {
        var setup = await _live.ScheduleAsync();
        await _live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{setup.SessionId}/pins/{setup.JobId}", token: setup.Employer.Token);
        await using var hub = await _live.App.ConnectHubAsync(await _live.Story.GraduateAsync("Li Hua"));

        var watching = await hub.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId);
        var unknown = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("WatchLive", "live_nope"));

        Assert.Equal((setup.SessionId, "scheduled", 1, false), (watching.SessionId, watching.Status, watching.Viewers, watching.Muted));
        Assert.Equal([new LiveJobCardDto(setup.JobId, "Optical engineer", "engineering", "bachelor", "Wuhan", 3)], watching.PinnedJobs);
        Assert.Empty(watching.Chat);
        Assert.Equal(HubErrors.Refused("WatchLive", "No such live session."), unknown.Message);
    }

    [Fact]
    public async Task PinnedAndUnpinnedCardsReachTheWatchers()
    {
        var setup = await _live.LiveAsync();
        await using var viewer = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);

        var (pinStatus, _) = await _live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{setup.SessionId}/pins/{setup.JobId}", token: setup.Employer.Token);
        var pinned = await viewer.On("PinnedJob").NextAsync<PinnedJobDto>();
        var (unpinStatus, _) = await _live.Client.SendAsync(HttpMethod.Delete, $"/api/live-sessions/{setup.SessionId}/pins/{setup.JobId}", token: setup.Employer.Token);
        var unpinned = await viewer.On("UnpinnedJob").NextAsync<UnpinnedJobDto>();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (pinStatus, unpinStatus));
        Assert.Equal(new PinnedJobDto(setup.SessionId, new LiveJobCardDto(setup.JobId, "Optical engineer", "engineering", "bachelor", "Wuhan", 3)), pinned);
        Assert.Equal(new UnpinnedJobDto(setup.SessionId, setup.JobId), unpinned);
    }

    [Fact]
    public async Task GoingLiveAndEndingReachTheSessionsAndTheFairsWatchers()
    {
        var setup = await _live.ScheduleAsync();
        await using var viewer = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);
        await using var lobby = await _live.App.ConnectHubAsync(await _live.Story.GraduateAsync("In The Lobby"));
        await lobby.InvokeAsync("WatchFair", setup.FairId);

        await _live.PostOkAsync($"/api/live-sessions/{setup.SessionId}/start", setup.Employer);
        var wentLive = await viewer.On("LiveStatus").NextAsync<LiveStatusDto>();
        var lobbyLive = await lobby.On("LiveStatus").NextAsync<LiveStatusDto>();
        await _live.PostOkAsync($"/api/live-sessions/{setup.SessionId}/end", setup.Employer);
        var ended = await viewer.On("LiveStatus").NextAsync<LiveStatusDto>();
        var lobbyEnded = await lobby.On("LiveStatus").NextAsync<LiveStatusDto>();

        Assert.Equal([new LiveStatusDto(setup.SessionId, "live"), new LiveStatusDto(setup.SessionId, "ended")], new[] { wentLive, ended });
        Assert.Equal([wentLive, ended], new[] { lobbyLive, lobbyEnded });
    }

    [Fact]
    public async Task ViewerCountsGoAtMostEveryTwoSecondsAndOnlyWhenTheyChange()
    {
        var setup = await _live.LiveAsync();
        await using var first = await _live.WatchAsync(await _live.Story.GraduateAsync("First"), setup.SessionId);
        var one = await first.On("LiveViewers").NextAsync<LiveViewersDto>();
        await using var second = await _live.WatchAsync(await _live.Story.GraduateAsync("Second"), setup.SessionId);
        var third = await _live.WatchAsync(await _live.Story.GraduateAsync("Third"), setup.SessionId);
        _live.App.Clock.Advance(LiveHubApp.ViewersWindow);
        var three = await first.On("LiveViewers").NextAsync<LiveViewersDto>();

        // Away and back within a window: the count at its end is the one sent last, so nothing goes.
        await second.InvokeAsync("UnwatchLive", setup.SessionId);
        await second.InvokeAsync("WatchLive", setup.SessionId);
        _live.App.Clock.Advance(LiveHubApp.ViewersWindow);

        // A closed connection leaves: a change after a quiet window goes at once.
        await third.DisposeAsync();
        var two = await first.On("LiveViewers").NextAsync<LiveViewersDto>();
        var (_, stats) = await _live.Client.GetAsync($"/api/live-sessions/{setup.SessionId}/stats", setup.Employer.Token);

        Assert.Equal([1, 3, 2], new[] { one, three, two }.Select(v => v.Viewers));
        Assert.Equal([1, 3, 2], first.Received("LiveViewers").Select(m => m.Argument<LiveViewersDto>().Viewers));
        Assert.Equal((3, 3), (stats!["peakViewers"]!.GetValue<int>(), stats["totalViewers"]!.GetValue<int>()));
    }

    [Fact]
    public async Task NoHubMessageEverCarriesTheStreamKey()
    {
        var setup = await _live.ScheduleAsync(external: false);
        var (_, ingest) = await _live.Client.GetAsync($"/api/live-sessions/{setup.SessionId}/ingest", setup.Employer.Token);
        var firstKey = ingest.Text("streamKey")!;
        await using var viewer = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);
        await using var host = await _live.WatchAsync(setup.Employer, setup.SessionId);
        await host.InvokeAsync("WatchFair", setup.FairId);

        Assert.Equal(HttpStatusCode.Found, await _live.CallbackAsync("publish", firstKey));
        await viewer.On("LiveStatus").NextAsync();
        var (_, rotated) = await _live.Client.PostAsync($"/api/live-sessions/{setup.SessionId}/rotate-key", token: setup.Employer.Token);
        await _live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{setup.SessionId}/pins/{setup.JobId}", token: setup.Employer.Token);
        await viewer.InvokeAsync("SendLiveChat", setup.SessionId, "hello");
        await host.InvokeAsync("SendLiveChat", setup.SessionId, "welcome");
        _live.App.Clock.Advance(LiveHubApp.ViewersWindow);
        await viewer.On("LiveChat").NextAsync();
        Assert.Equal(HttpStatusCode.NoContent, await _live.CallbackAsync("publish-done", firstKey));
        await viewer.On("LiveStatus").NextAsync();
        await host.On("LiveStatus").WaitForAsync(m => m.Argument<LiveStatusDto>().Status == "ended", "the session ending");

        var keys = new[] { firstKey, rotated.Text("streamKey")! };
        var everything = new[] { "LiveStatus", "PinnedJob", "LiveChat", "LiveViewers" }
            .SelectMany(method => viewer.Received(method).Concat(host.Received(method)))
            .Select(m => m.ToString())
            .ToList();
        Assert.True(everything.Count >= 8, string.Join("\n", everything));
        Assert.All(keys, key => Assert.All(everything, message => Assert.DoesNotContain(key, message, StringComparison.Ordinal)));
        Assert.All(keys, key => Assert.DoesNotContain(key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..], string.Concat(everything), StringComparison.Ordinal));
    }
}
