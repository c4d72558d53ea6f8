using GraduateFair.Server.Hubs;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs.Live;

/// <summary>The host deletes messages and mutes viewers; nobody else may.</summary>
public sealed class LiveModerationTests(LiveHubApp live) : IClassFixture<LiveHubApp>
{
    private readonly LiveHubApp _live = live;

    [Fact]
    public async Task ADeletedMessageIsTakenBackFromEveryWatcherAndFromTheLatestChat()
    {
        var setup = await _live.LiveAsync();
        await using var viewer = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);
        await using var host = await _live.WatchAsync(setup.Employer, setup.SessionId);
        var spam = await viewer.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, "cheap followers here");
        _live.App.Clock.Advance(LiveHubApp.ChatWindow);
        await host.On("LiveChat").NextAsync();

        await host.InvokeAsync("DeleteLiveChat", setup.SessionId, spam.MessageId);
        var deleted = await viewer.On("LiveChatDeleted").NextAsync<LiveChatDeletedDto>();
        var watching = await viewer.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId);

        Assert.Equal(new LiveChatDeletedDto(setup.SessionId, spam.MessageId), deleted);
        Assert.Empty(watching.Chat);
    }

    [Fact]
    public async Task AMessageDeletedBeforeItsBatchLeftIsNeverSent()
    {
        var setup = await _live.LiveAsync();
        await using var viewer = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);
        await using var other = await _live.WatchAsync(await _live.Story.GraduateAsync("Wang Fang"), setup.SessionId);
        await using var host = await _live.App.ConnectHubAsync(setup.Employer);
        var spam = await viewer.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, "cheap followers here");
        await other.InvokeAsync("SendLiveChat", setup.SessionId, "what is the salary?");

        await host.InvokeAsync("DeleteLiveChat", setup.SessionId, spam.MessageId);
        _live.App.Clock.Advance(LiveHubApp.ChatWindow);
        var batch = await viewer.On("LiveChat").NextAsync<LiveChatDto>();

        Assert.Equal(["what is the salary?"], batch.Messages.Select(m => m.Text));
        Assert.Equal(spam.MessageId, Assert.Single(viewer.Received("LiveChatDeleted")).Argument<LiveChatDeletedDto>().MessageId);
    }

    [Fact]
    public async Task AMutedViewerIsToldAndRefusedOnEveryConnection()
    {
        var setup = await _live.LiveAsync();
        var li = await _live.Story.GraduateAsync("Li Hua");
        await using var viewer = await _live.WatchAsync(li, setup.SessionId);
        await using var host = await _live.App.ConnectHubAsync(setup.Employer);

        await host.InvokeAsync("MuteLiveViewer", setup.SessionId, li.UserId);
        var muted = await viewer.On("LiveMuted").NextAsync<LiveMutedDto>();
        var onUserConnection = await _live.Story.Hub(li).On("LiveMuted").NextAsync<LiveMutedDto>();
        var refused = await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync("SendLiveChat", setup.SessionId, "hello?"));
        var watching = await viewer.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId);

        Assert.Equal(new LiveMutedDto(setup.SessionId), muted);
        Assert.Equal(new LiveMutedDto(setup.SessionId), onUserConnection);
        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.ChatMuted), refused.Message);
        Assert.True(watching.Muted);
    }

    [Fact]
    public async Task OnlyTheSessionsCompanysEmployersModerate()
    {
        var setup = await _live.LiveAsync();
        var li = await _live.Story.GraduateAsync("Li Hua");
        await using var viewer = await _live.WatchAsync(li, setup.SessionId);
        var message = await viewer.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, "hello");
        var (otherEmployer, _, _) = await _live.Story.OpenBoothAsync();
        await using var other = await _live.WatchAsync(otherEmployer, setup.SessionId);
        var wang = await _live.Story.GraduateAsync("Wang Fang");
        await using var graduate = await _live.WatchAsync(wang, setup.SessionId);

        var refusals = new[]
        {
            await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("DeleteLiveChat", setup.SessionId, message.MessageId)),
            await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync("MuteLiveViewer", setup.SessionId, li.UserId)),
            await Assert.ThrowsAsync<HubException>(() => graduate.InvokeAsync("DeleteLiveChat", setup.SessionId, message.MessageId)),
            await Assert.ThrowsAsync<HubException>(() => graduate.InvokeAsync("MuteLiveViewer", setup.SessionId, li.UserId)),
        };
        _live.App.Clock.Advance(TimeSpan.FromSeconds(2));
        await viewer.InvokeAsync("SendLiveChat", setup.SessionId, "still here");

        Assert.Equal(
            [HubErrors.Refused("DeleteLiveChat", FairHub.NotLiveHost), HubErrors.Refused("MuteLiveViewer", FairHub.NotLiveHost)],
            refusals.Select(r => r.Message).Distinct());
        Assert.Equal(["hello", "still here"], (await viewer.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId)).Chat.Select(m => m.Text));
        Assert.Empty(viewer.Received("LiveMuted"));
        Assert.Empty(viewer.Received("LiveChatDeleted"));
    }
}
