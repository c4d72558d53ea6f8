using GraduateFair.Grains.LiveSessions;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.LiveSessions;

/// <summary>Chat, mutes and viewers as the session grain keeps them (length, terms and rate are the hub's).</summary>
public sealed class LiveChatTests : EngineTests
{
    [Fact]
    public async Task PostedMessagesAreKeptForArrivingViewersUpToTheLatestFifty()
    {
        var sessionId = await LiveSessionAsync();
        for (var i = 0; i < LiveSessionGrain.RecentChatCount + 5; i++)
        {
            var posted = await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", $"message {i}");
            Assert.Equal(ChatPostOutcome.Posted, posted.Outcome);
        }

        var recent = await Engine.Live(sessionId).GetRecentChatAsync();

        Assert.Equal(LiveSessionGrain.RecentChatCount, recent.Count);
        Assert.Equal("message 5", recent[0].Text);
        Assert.Equal("message 54", recent[^1].Text);
        Assert.All(recent, m => Assert.Equal((sessionId, "grad-li", "Li Hua"), (m.SessionId, m.FromUserId, m.DisplayName)));
        Assert.Equal(recent.Count, recent.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task MutedViewerCannotPostUntilUnmuted()
    {
        var sessionId = await LiveSessionAsync();

        Assert.Equal(LiveChangeKind.Changed, (await Engine.Live(sessionId).MuteAsync("grad-li")).Kind);
        Assert.Equal(LiveChangeKind.Unchanged, (await Engine.Live(sessionId).MuteAsync("grad-li")).Kind);
        Assert.Equal(ChatPostOutcome.Muted, (await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "hello")).Outcome);
        Assert.Equal(ChatPostOutcome.Posted, (await Engine.Live(sessionId).PostChatAsync("grad-wang", "Wang Fang", "hello")).Outcome);
        Assert.True(await Engine.Live(sessionId).IsMutedAsync("grad-li"));

        await Engine.Live(sessionId).UnmuteAsync("grad-li");

        Assert.Equal(ChatPostOutcome.Posted, (await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "thanks")).Outcome);
    }

    [Fact]
    public async Task MuteSurvivesARestart()
    {
        var sessionId = await LiveSessionAsync();
        await Engine.Live(sessionId).MuteAsync("grad-li");

        await Engine.CrashAndRestartAsync();

        Assert.Equal(ChatPostOutcome.Muted, (await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "hello again")).Outcome);
    }

    [Fact]
    public async Task DeletedMessageLeavesTheRecentChat()
    {
        var sessionId = await LiveSessionAsync();
        var spam = (await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "buy followers")).Message!;
        await Engine.Live(sessionId).PostChatAsync("grad-wang", "Wang Fang", "what is the salary?");

        Assert.True(await Engine.Live(sessionId).DeleteChatAsync(spam.MessageId));
        Assert.False(await Engine.Live(sessionId).DeleteChatAsync(spam.MessageId));

        Assert.Equal(["what is the salary?"], (await Engine.Live(sessionId).GetRecentChatAsync()).Select(m => m.Text));
    }

    [Fact]
    public async Task EndedSessionTakesNoChat()
    {
        var sessionId = await LiveSessionAsync();
        await Engine.Live(sessionId).EndAsync();

        Assert.Equal(ChatPostOutcome.Ended, (await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "hello")).Outcome);
    }

    [Fact]
    public async Task ScheduledSessionTakesNoChatUntilItGoesLive()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);

        var early = await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "hello");
        await Engine.GoLiveAsync(sessionId);
        var live = await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "hello");

        Assert.Equal(ChatPostOutcome.NotLive, early.Outcome);
        Assert.Equal(ChatPostOutcome.Posted, live.Outcome);
        Assert.Equal(["hello"], (await Engine.Live(sessionId).GetRecentChatAsync()).Select(m => m.Text));
    }

    [Fact]
    public async Task ChatIsCountedDurablyEveryTenSeconds()
    {
        var sessionId = await LiveSessionAsync();
        await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "one");
        await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "two");
        Assert.Equal(2, (await Engine.Live(sessionId).GetStatsAsync())!.ChatMessages);

        Engine.Clock.Advance(LiveSessionGrain.ChatCountInterval);
        await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "three");
        await Engine.CrashAndRestartAsync();

        // The two counted at the interval survive the crash; the third, said after it, was not counted yet.
        Assert.Equal(2, (await Engine.Live(sessionId).GetStatsAsync())!.ChatMessages);
    }

    [Fact]
    public async Task GracefulDeactivationCountsTheChatItHasNotCountedYet()
    {
        var sessionId = await LiveSessionAsync();
        await Engine.Live(sessionId).PostChatAsync("grad-li", "Li Hua", "one");

        await Engine.RestartGracefullyAsync();

        Assert.Equal(1, (await Engine.Live(sessionId).GetStatsAsync())!.ChatMessages);
    }

    [Fact]
    public async Task ViewersCountTheirPeakAndEveryoneWhoWatchedOnce()
    {
        var sessionId = await LiveSessionAsync();

        await Engine.Live(sessionId).RecordViewersAsync(2, ["grad-li", "grad-wang"]);
        await Engine.Live(sessionId).RecordViewersAsync(3, ["grad-zhao", "grad-li"]);
        await Engine.Live(sessionId).RecordViewersAsync(1, []);
        await Engine.Live(sessionId).RecordViewersAsync(2, ["grad-li"]);
        await Engine.CrashAndRestartAsync();
        var stats = await Engine.Live(sessionId).GetStatsAsync();

        Assert.Equal((3, 3), (stats!.PeakViewers, stats.TotalViewers));
    }

    private async Task<string> LiveSessionAsync()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(sessionId);
        return sessionId;
    }
}
