using GraduateFair.Server.Hubs;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs.Live;

/// <summary>Live chat over the hub: batches in order, and every limit refused with its reason (on the manual clock).</summary>
public sealed class LiveChatTests(LiveHubApp live) : IClassFixture<LiveHubApp>
{
    private readonly LiveHubApp _live = live;

    [Fact]
    public async Task ChatGoesToEveryWatcherInOneBatchInOrder()
    {
        var setup = await _live.LiveAsync();
        var li = await _live.Story.GraduateAsync("Li Hua");
        var wang = await _live.Story.GraduateAsync("Wang Fang");
        await using var liHub = await _live.WatchAsync(li, setup.SessionId);
        await using var wangHub = await _live.WatchAsync(wang, setup.SessionId);

        var first = await liHub.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, "  What is the salary?  ");
        var second = await wangHub.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, "Is there housing?");
        _live.App.Clock.Advance(LiveHubApp.ChatWindow);
        var atLi = await liHub.On("LiveChat").NextAsync<LiveChatDto>();
        var atWang = await wangHub.On("LiveChat").NextAsync<LiveChatDto>();
        await using var late = await _live.App.ConnectHubAsync(await _live.Story.GraduateAsync("Arrives Late"));
        var watching = await late.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId);

        Assert.Equal(setup.SessionId, atLi.SessionId);
        Assert.Equal(
            [(first.MessageId, li.UserId, "Li Hua", "What is the salary?"), (second.MessageId, wang.UserId, "Wang Fang", "Is there housing?")],
            atLi.Messages.Select(m => (m.MessageId, m.FromUserId, m.DisplayName, m.Text)));
        Assert.Equal(atLi.Messages.Select(m => m.MessageId), atWang.Messages.Select(m => m.MessageId));
        Assert.Equal(["What is the salary?", "Is there housing?"], watching.Chat.Select(m => m.Text));
    }

    [Fact]
    public async Task EmptyOrOverlongMessagesAreRefused()
    {
        var setup = await _live.LiveAsync();
        await using var hub = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);

        var empty = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SendLiveChat", setup.SessionId, "   "));
        var tooLong = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SendLiveChat", setup.SessionId, new string('好', 301)));
        var longest = await hub.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, new string('好', 300));

        Assert.Equal(HubErrors.Refused("SendLiveChat", "A chat message needs some text."), empty.Message);
        Assert.Equal(HubErrors.Refused("SendLiveChat", "A chat message may be at most 300 characters; this one is 301."), tooLong.Message);
        Assert.StartsWith("msg", longest.MessageId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("包 代考 包过")]
    [InlineData("代　考，联系我")]
    [InlineData("加我 ＶＸ 详聊")]
    [InlineData("add my V x")]
    public async Task BannedTermsAreRefusedHoweverWritten(string text)
    {
        var setup = await _live.LiveAsync();
        await using var hub = await _live.WatchAsync(await _live.Story.GraduateAsync("Spammer"), setup.SessionId);

        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("SendLiveChat", setup.SessionId, text));

        Assert.Equal(HubErrors.Refused("SendLiveChat", "That message contains a word that is not allowed."), refused.Message);
        _live.App.Clock.Advance(LiveHubApp.ChatWindow);
        Assert.Empty((await hub.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId)).Chat);
    }

    [Fact]
    public async Task AUserMaySpeakOnceEveryTwoSecondsFromAnyConnection()
    {
        var setup = await _live.LiveAsync();
        var li = await _live.Story.GraduateAsync("Li Hua");
        await using var tab = await _live.WatchAsync(li, setup.SessionId);
        await using var otherTab = await _live.WatchAsync(li, setup.SessionId);

        await tab.InvokeAsync("SendLiveChat", setup.SessionId, "one");
        var tooFast = await Assert.ThrowsAsync<HubException>(() => otherTab.InvokeAsync("SendLiveChat", setup.SessionId, "two"));
        _live.App.Clock.Advance(TimeSpan.FromSeconds(1.9));
        var stillTooFast = await Assert.ThrowsAsync<HubException>(() => tab.InvokeAsync("SendLiveChat", setup.SessionId, "two"));
        _live.App.Clock.Advance(TimeSpan.FromSeconds(0.1));
        await tab.InvokeAsync("SendLiveChat", setup.SessionId, "two");

        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.ChatTooFast), tooFast.Message);
        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.ChatTooFast), stillTooFast.Message);
        Assert.Equal(["one", "two"], (await tab.InvokeAsync<WatchingLiveDto>("WatchLive", setup.SessionId)).Chat.Select(m => m.Text));
    }

    [Fact]
    public async Task ChatIsOpenOnlyToWatchersWhileTheSessionIsLive()
    {
        var setup = await _live.ScheduleAsync();
        var li = await _live.Story.GraduateAsync("Li Hua");
        await using var watching = await _live.WatchAsync(li, setup.SessionId);
        await using var notWatching = await _live.App.ConnectHubAsync(await _live.Story.GraduateAsync("Not Watching"));

        var scheduled = await Assert.ThrowsAsync<HubException>(() => watching.InvokeAsync("SendLiveChat", setup.SessionId, "early"));
        await _live.PostOkAsync($"/api/live-sessions/{setup.SessionId}/start", setup.Employer);
        var stranger = await Assert.ThrowsAsync<HubException>(() => notWatching.InvokeAsync("SendLiveChat", setup.SessionId, "hello"));
        var unknown = await Assert.ThrowsAsync<HubException>(() => watching.InvokeAsync("SendLiveChat", "live_nope", "hello"));
        await _live.PostOkAsync($"/api/live-sessions/{setup.SessionId}/end", setup.Employer);
        var ended = await Assert.ThrowsAsync<HubException>(() => watching.InvokeAsync("SendLiveChat", setup.SessionId, "late"));

        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.ChatNotLive), scheduled.Message);
        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.ChatNotWatching), stranger.Message);
        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.NoSuchLiveSession), unknown.Message);
        Assert.Equal(HubErrors.Refused("SendLiveChat", FairHub.ChatNotLive), ended.Message);
    }

    [Fact]
    public async Task TheHostChatsWithoutWatching()
    {
        var setup = await _live.LiveAsync();
        await using var viewer = await _live.WatchAsync(await _live.Story.GraduateAsync("Li Hua"), setup.SessionId);
        await using var host = await _live.App.ConnectHubAsync(setup.Employer);

        var sent = await host.InvokeAsync<LiveChatSentDto>("SendLiveChat", setup.SessionId, "Welcome, everyone!");
        _live.App.Clock.Advance(LiveHubApp.ChatWindow);
        var batch = await viewer.On("LiveChat").NextAsync<LiveChatDto>();

        Assert.Equal((sent.MessageId, setup.Employer.UserId, "Recruiter Wang"), (batch.Messages[0].MessageId, batch.Messages[0].FromUserId, batch.Messages[0].DisplayName));
    }
}
