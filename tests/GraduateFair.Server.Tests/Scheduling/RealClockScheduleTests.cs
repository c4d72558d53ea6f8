using GraduateFair.Domain.Fairs;
using GraduateFair.Server.Scheduling;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Scheduling;

/// <summary>Quartz on the system clock, as in production: a fair a few seconds ahead opens by itself.</summary>
[Trait("Category", "RealClock")]
public sealed class RealClockScheduleTests
{
    [Fact]
    public async Task AFairOpeningAFewSecondsAheadOpensByItselfNotBeforeItsTime()
    {
        await using var app = new GraduateFairApp(null, realTime: true);
        var story = new Story(app);
        var organiser = await story.OrganiserAsync();
        var opensAt = DateTimeOffset.UtcNow.AddSeconds(5);

        var opening = app.Probe.Next(FairSchedule.OpenJob);
        var fairId = await story.CreateFairAtAsync(organiser, opensAt, opensAt.AddHours(1), title: "Real-time fair");
        var before = await story.FairStatusAsync(organiser, fairId);
        var run = await SchedulerProbe.Within(opening, "the fair to open on the real clock");

        Assert.Equal("scheduled", before);
        Assert.Equal(opensAt, run.ScheduledFireTimeUtc);
        Assert.Equal("open", await story.FairStatusAsync(organiser, fairId));
        var (told, status, toldAt) = Assert.Single(app.FairStatuses.Statuses, s => s.FairId == fairId);
        Assert.Equal((fairId, FairStatus.Open), (told, status));
        Assert.True(toldAt >= opensAt, $"told at {toldAt:O}, before the opening at {opensAt:O}");
    }
}
