using GraduateFair.Domain.LiveSessions;

namespace GraduateFair.Domain.Tests.LiveSessions;

public sealed class LiveAnnouncementTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 6, 2, 14, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);

    [Fact]
    public void AnAnnouncementAheadIsPendingAtItsMoment() =>
        Assert.Equal(StartsAt.AddMinutes(-10), LiveAnnouncement.Pending(StartsAt, Lead, StartsAt.AddHours(-3)));

    [Fact]
    public void AnAnnouncementPassedWithinTheGraceIsStillPending() =>
        Assert.Equal(StartsAt.AddMinutes(-10), LiveAnnouncement.Pending(StartsAt, Lead, StartsAt.AddMinutes(-9)));

    [Fact]
    public void AnAnnouncementPassedBeyondTheGraceIsNeverMade() =>
        Assert.Null(LiveAnnouncement.Pending(StartsAt, Lead, StartsAt.AddMinutes(-8).AddSeconds(-59)));

    [Theory]
    [InlineData(-11, false)]
    [InlineData(-10, true)]
    [InlineData(-9, true)]
    [InlineData(-8, false)]
    public void ATriggerAnnouncesOnlyFromItsMomentUntilItsDeadline(int minutesBeforeStart, bool due) =>
        Assert.Equal(due, LiveAnnouncement.IsDue(StartsAt, Lead, StartsAt.AddMinutes(minutesBeforeStart), StartsAt.AddMinutes(-9)));

    [Fact]
    public void ASessionScheduledInsideTheLeadTimeIsAnnouncedAtOnceUntilItStarts()
    {
        var now = StartsAt.AddMinutes(-5);

        Assert.Equal((now, StartsAt), LiveAnnouncement.WhenScheduled(StartsAt, Lead, now));
        Assert.Null(LiveAnnouncement.AtStartUp(StartsAt, Lead, now));
        Assert.Null(LiveAnnouncement.WhenScheduled(StartsAt, Lead, StartsAt));
    }

    [Fact]
    public void ASessionScheduledAheadIsAnnouncedAtItsMomentWithinTheGrace() =>
        Assert.Equal((StartsAt.AddMinutes(-10), StartsAt.AddMinutes(-9)), LiveAnnouncement.WhenScheduled(StartsAt, Lead, StartsAt.AddHours(-1)));
}
