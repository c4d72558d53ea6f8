using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.LiveSessions;

/// <summary>A session's status follows nginx's publish callbacks: only its key publishes, and its end waits for reconnects.</summary>
public sealed class LiveStreamTests : EngineTests
{
    private static readonly TimeSpan Grace = new LiveSessionOptions().ReconnectGrace;

    [Fact]
    public async Task NewSessionIsScheduledWithAKeyOfItsOwnAndListedInItsFair()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        var first = await Engine.ScheduleLiveSessionAsync(booth);
        var second = await Engine.ScheduleLiveSessionAsync(booth);

        var session = await Engine.Live(first).GetAsync();
        var key = await Engine.Live(first).GetStreamKeyAsync();
        var listed = await Engine.Grain<ILiveSessionDirectoryGrain>(fairId).ListAsync();

        Assert.Equal(LiveSessionStatus.Scheduled, session!.Status);
        Assert.Equal(first, StreamKeys.SessionIdOf(key));
        Assert.NotEqual(key, await Engine.Live(second).GetStreamKeyAsync());
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), listed.Select(s => s.SessionId));
        Assert.All(listed, s => Assert.Equal(LiveSessionStatus.Scheduled, s.Status));
    }

    [Fact]
    public async Task PublishWithTheSessionKeyGoesLiveAndTellsWatchers()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);

        var result = await Engine.GoLiveAsync(sessionId);

        Assert.Equal(PublishOutcome.WentLive, result.Outcome);
        var session = await Engine.Live(sessionId).GetAsync();
        Assert.Equal(LiveSessionStatus.Live, session!.Status);
        Assert.Equal(Engine.Clock.GetUtcNow(), session.WentLiveAt);
        var status = Assert.Single(Engine.Events.Of<LiveStatusRecord>());
        Assert.Equal(new LiveStatusNotice(sessionId, booth.FairId, booth.BoothId, LiveSessionStatus.Live), status.Notice);
        Assert.Equal(LiveSessionStatus.Live, Assert.Single(await Engine.Grain<ILiveSessionDirectoryGrain>(booth.FairId).ListAsync()).Status);
    }

    [Fact]
    public async Task PublishWithAWrongKeyIsRefusedAndTheSessionStaysScheduled()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        var otherSession = await Engine.ScheduleLiveSessionAsync(booth);
        var key = (await Engine.Live(sessionId).GetStreamKeyAsync())!;
        var forged = key[..^1] + (key[^1] == 'a' ? 'b' : 'a');
        var othersKeySecret = (await Engine.Live(otherSession).GetStreamKeyAsync())![(otherSession.Length + 1)..];

        Assert.Equal(PublishOutcome.WrongKey, (await Engine.Live(sessionId).PublishAsync(forged, "127.0.0.1#1")).Outcome);
        Assert.Equal(PublishOutcome.WrongKey, (await Engine.Live(sessionId).PublishAsync($"{sessionId}-{othersKeySecret}", "127.0.0.1#2")).Outcome);
        Assert.Equal(PublishOutcome.WrongKey, (await Engine.Live(sessionId).PublishAsync("", "127.0.0.1#3")).Outcome);
        Assert.Equal(PublishOutcome.NoSuchSession, (await Engine.Live("live_none").PublishAsync(key, "127.0.0.1#4")).Outcome);

        Assert.Equal(LiveSessionStatus.Scheduled, (await Engine.Live(sessionId).GetAsync())!.Status);
        Assert.Empty(Engine.Events.Of<LiveStatusRecord>());
    }

    [Fact]
    public async Task RotatingTheKeyRetiresTheOldOne()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        var old = (await Engine.Live(sessionId).GetStreamKeyAsync())!;

        var change = await Engine.Live(sessionId).RotateKeyAsync();
        var rotated = (await Engine.Live(sessionId).GetStreamKeyAsync())!;

        Assert.Equal(LiveChangeKind.Changed, change.Kind);
        Assert.NotEqual(old, rotated);
        Assert.Equal(sessionId, StreamKeys.SessionIdOf(rotated));
        Assert.Equal(PublishOutcome.WrongKey, (await Engine.Live(sessionId).PublishAsync(old, "127.0.0.1#1")).Outcome);
        Assert.Equal(PublishOutcome.WentLive, (await Engine.Live(sessionId).PublishAsync(rotated, "127.0.0.1#2")).Outcome);
    }

    [Fact]
    public async Task SessionEndsWhenItsPublisherStaysAwayForTheGrace()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(sessionId, "127.0.0.1#7");

        Assert.True(await Engine.Live(sessionId).PublishDoneAsync("127.0.0.1#7"));
        Engine.Clock.Advance(Grace - TimeSpan.FromSeconds(1));
        Assert.Equal(LiveSessionStatus.Live, (await Engine.Live(sessionId).GetAsync())!.Status);

        var after = Engine.Events.Count;
        Engine.Clock.Advance(TimeSpan.FromSeconds(1));
        var ended = await Engine.Events.WaitForAsync<LiveStatusRecord>("the session to end", e => e.Notice.Status == LiveSessionStatus.Ended, after);

        Assert.Equal(sessionId, ended.Notice.SessionId);
        var session = await Engine.Live(sessionId).GetAsync();
        Assert.Equal(LiveSessionStatus.Ended, session!.Status);
        Assert.Equal(Engine.Clock.GetUtcNow(), session.EndedAt);
        Assert.Equal(LiveSessionStatus.Ended, Assert.Single(await Engine.Grain<ILiveSessionDirectoryGrain>(booth.FairId).ListAsync()).Status);
    }

    [Fact]
    public async Task EncoderThatReconnectsWithinTheGraceKeepsTheSessionLive()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(sessionId, "127.0.0.1#1");
        var key = (await Engine.Live(sessionId).GetStreamKeyAsync())!;

        await Engine.Live(sessionId).PublishDoneAsync("127.0.0.1#1");
        Engine.Clock.Advance(Grace / 2);
        var reconnected = await Engine.Live(sessionId).PublishAsync(key, "127.0.0.1#2");
        Engine.Clock.Advance(Grace * 2);

        Assert.Equal(PublishOutcome.Reconnected, reconnected.Outcome);
        Assert.Equal(LiveSessionStatus.Live, (await Engine.Live(sessionId).GetAsync())!.Status);
        Assert.Single(Engine.Events.Of<LiveStatusRecord>());
    }

    [Fact]
    public async Task EndOfAPublisherThatIsNotTheCurrentOneChangesNothing()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(sessionId, "127.0.0.1#1");
        var key = (await Engine.Live(sessionId).GetStreamKeyAsync())!;
        await Engine.Live(sessionId).PublishAsync(key, "127.0.0.1#2");

        // The old connection's end arrives after the encoder reconnected on a new one.
        Assert.False(await Engine.Live(sessionId).PublishDoneAsync("127.0.0.1#1"));
        Engine.Clock.Advance(Grace * 2);

        Assert.Equal(LiveSessionStatus.Live, (await Engine.Live(sessionId).GetAsync())!.Status);
    }

    [Fact]
    public async Task EndedSessionRefusesItsKey()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(sessionId);
        var key = (await Engine.Live(sessionId).GetStreamKeyAsync())!;

        var ended = await Engine.Live(sessionId).EndAsync();
        var again = await Engine.Live(sessionId).PublishAsync(key, "127.0.0.1#9");

        Assert.Equal(LiveChangeKind.Changed, ended.Kind);
        Assert.Equal(PublishOutcome.Ended, again.Outcome);
        Assert.False(again.Accepted);
        Assert.Equal(LiveChangeKind.Unchanged, (await Engine.Live(sessionId).EndAsync()).Kind);
        Assert.Equal(LiveChangeKind.Conflict, (await Engine.Live(sessionId).RotateKeyAsync()).Kind);
    }

    [Fact]
    public async Task GraceThatRanOutWhileTheServerWasDownEndsTheSessionOnItsNextActivation()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(sessionId, "127.0.0.1#1");
        await Engine.Live(sessionId).PublishDoneAsync("127.0.0.1#1");

        await Engine.CrashAndRestartAsync();
        Engine.Clock.Advance(Grace + TimeSpan.FromMinutes(1));
        var session = await Engine.Live(sessionId).GetAsync();

        Assert.Equal(LiveSessionStatus.Ended, session!.Status);
    }

    [Fact]
    public async Task SessionWithAnExternalStreamHasNoKeyAndIsStartedByItsHost()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth, externalHlsUrl: "https://cdn.example.org/live/stream.m3u8");

        Assert.Null(await Engine.Live(sessionId).GetStreamKeyAsync());
        Assert.Equal(PublishOutcome.NotRtmp, (await Engine.Live(sessionId).PublishAsync($"{sessionId}-{new string('a', StreamKeys.SecretLength)}", "127.0.0.1#1")).Outcome);
        Assert.Equal(LiveChangeKind.Conflict, (await Engine.Live(sessionId).RotateKeyAsync()).Kind);

        var started = await Engine.Live(sessionId).StartAsync();

        Assert.Equal(LiveChangeKind.Changed, started.Kind);
        Assert.Equal(LiveSessionStatus.Live, started.Session!.Status);
        Assert.Equal(LiveChangeKind.Unchanged, (await Engine.Live(sessionId).StartAsync()).Kind);
    }

    [Fact]
    public async Task RtmpSessionIsNotStartedByHand()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);

        var started = await Engine.Live(sessionId).StartAsync();

        Assert.Equal(LiveChangeKind.Conflict, started.Kind);
        Assert.Equal(LiveSessionStatus.Scheduled, (await Engine.Live(sessionId).GetAsync())!.Status);
    }
}
