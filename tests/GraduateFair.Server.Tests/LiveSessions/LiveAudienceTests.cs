using GraduateFair.Server.LiveSessions;

namespace GraduateFair.Server.Tests.LiveSessions;

public sealed class LiveAudienceTests
{
    [Fact]
    public void UserWatchingFromTwoConnectionsCountsOnce()
    {
        var audience = new LiveAudience();

        audience.Join("live_1", "c1", "grad-li");
        var watching = audience.Join("live_1", "c2", "grad-li");
        audience.Join("live_1", "c3", "grad-wang");

        Assert.Equal(1, watching);
        Assert.Equal(2, audience.Watching("live_1"));
        Assert.Equal(new AudienceChange("live_1", 2, ["grad-li", "grad-wang"], true, 2), Assert.Single(audience.TakeChanges()), new ChangeComparer());
    }

    [Fact]
    public void NothingChangedMeansNothingToReport()
    {
        var audience = new LiveAudience();
        audience.Join("live_1", "c1", "grad-li");
        audience.TakeChanges();

        audience.Join("live_1", "c2", "grad-li");

        Assert.Empty(audience.TakeChanges());
    }

    [Fact]
    public void ViewerWhoComesBackIsNotNewAgain()
    {
        var audience = new LiveAudience();
        audience.Join("live_1", "c1", "grad-li");
        audience.Join("live_1", "c2", "grad-wang");
        audience.TakeChanges();

        audience.Leave("live_1", "c1");
        var left = Assert.Single(audience.TakeChanges());
        audience.Join("live_1", "c3", "grad-li");
        var back = Assert.Single(audience.TakeChanges());

        Assert.Equal((1, 0, true), (left.Watching, left.NewViewerIds.Count, left.CountChanged));
        Assert.Equal((2, 0, true), (back.Watching, back.NewViewerIds.Count, back.CountChanged));
    }

    [Fact]
    public void ClosedConnectionLeavesEverySessionItWatched()
    {
        var audience = new LiveAudience();
        audience.Join("live_1", "c1", "grad-li");
        audience.Join("live_2", "c1", "grad-li");
        audience.Join("live_2", "c2", "grad-wang");
        audience.TakeChanges();

        audience.Disconnected("c1");
        var changes = audience.TakeChanges().OrderBy(c => c.SessionId, StringComparer.Ordinal).ToList();

        Assert.Equal([("live_1", 0), ("live_2", 1)], changes.Select(c => (c.SessionId, c.Watching)));
        Assert.Equal(0, audience.Watching("live_1"));
    }

    [Fact]
    public void LeavingTwiceOrAnUnknownConnectionChangesNothing()
    {
        var audience = new LiveAudience();
        audience.Join("live_1", "c1", "grad-li");
        audience.TakeChanges();

        audience.Leave("live_1", "c9");
        audience.Disconnected("c9");

        Assert.Empty(audience.TakeChanges());
        Assert.Equal(1, audience.Watching("live_1"));
    }

    [Fact]
    public void PeakBetweenTwoLooksIsReportedEvenWhenTheViewersLeftAgain()
    {
        var audience = new LiveAudience();
        audience.Join("live_1", "c1", "grad-li");
        audience.TakeChanges();

        audience.Join("live_1", "c2", "grad-wang");
        audience.Join("live_1", "c3", "grad-zhao");
        audience.Leave("live_1", "c2");
        audience.Leave("live_1", "c3");
        var change = Assert.Single(audience.TakeChanges());

        Assert.Equal((1, 3, false), (change.Watching, change.Peak, change.CountChanged));
        Assert.Equal(["grad-wang", "grad-zhao"], change.NewViewerIds);
    }

    [Fact]
    public void AConnectionWatchesOnlyWhatItJoined()
    {
        var audience = new LiveAudience();
        audience.Join("live_1", "c1", "grad-li");

        Assert.True(audience.IsWatching("live_1", "c1"));
        Assert.False(audience.IsWatching("live_2", "c1"));
        Assert.False(audience.IsWatching("live_1", "c2"));
        Assert.Equal([("live_1", 0)], audience.Disconnected("c1"));
        Assert.False(audience.IsWatching("live_1", "c1"));
    }

    private sealed class ChangeComparer : IEqualityComparer<AudienceChange>
    {
        public bool Equals(AudienceChange? x, AudienceChange? y) =>
            x is not null && y is not null && x.SessionId == y.SessionId && x.Watching == y.Watching && x.CountChanged == y.CountChanged && x.Peak == y.Peak && x.NewViewerIds.SequenceEqual(y.NewViewerIds);

        public int GetHashCode(AudienceChange obj) => obj.SessionId.GetHashCode(StringComparison.Ordinal);
    }
}
