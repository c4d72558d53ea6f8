using GraduateFair.Grains.Queues;
using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Hubs;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Tests.Hubs.Units;

public sealed class ConnectionPresenceTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly ConnectionPresence _presence;

    public ConnectionPresenceTests() => _presence = new ConnectionPresence(_clock, Options.Create(new QueueOptions()));

    [Fact]
    public void SomeoneNotConnectedSinceStartUpIsOfflineSinceStartUp()
    {
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.False(_presence.IsOnline("user_a"));
        Assert.Equal(_presence.StartedAt, _presence.OfflineSince("user_a"));
    }

    [Fact]
    public void AUserIsOnlineUntilTheirLastConnectionClosesAndOfflineFromThen()
    {
        var offline = new List<string>();
        _presence.WentOffline += offline.Add;
        _presence.Connected("user_a");
        _presence.Connected("user_a");

        _clock.Advance(TimeSpan.FromMinutes(1));
        _presence.Disconnected("user_a");
        var withOneLeft = (_presence.IsOnline("user_a"), _presence.OfflineSince("user_a"), offline.Count);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _presence.Disconnected("user_a");

        Assert.Equal((true, (DateTimeOffset?)null, 0), withOneLeft);
        Assert.False(_presence.IsOnline("user_a"));
        Assert.Equal(_clock.GetUtcNow(), _presence.OfflineSince("user_a"));
        Assert.Equal(["user_a"], offline);
        Assert.Equal(0, _presence.ConnectionCount);
    }

    [Fact]
    public void ConnectingAgainMakesAUserOnline()
    {
        _presence.Connected("user_a");
        _presence.Disconnected("user_a");

        _presence.Connected("user_a");

        Assert.True(_presence.IsOnline("user_a"));
        Assert.Null(_presence.OfflineSince("user_a"));
    }

    [Fact]
    public void ADisconnectWithoutAConnectChangesNothing()
    {
        _presence.Disconnected("user_a");

        Assert.Equal(_presence.StartedAt, _presence.OfflineSince("user_a"));
        Assert.Equal(0, _presence.ConnectionCount);
    }
}
