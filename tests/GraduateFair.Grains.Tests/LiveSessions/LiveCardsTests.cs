using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Applications;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.LiveSessions;

/// <summary>Job cards, the announcement before the start, the figures, and applications.</summary>
public sealed class LiveCardsTests : EngineTests
{
    [Fact]
    public async Task PinnedCardsReachViewersInOrderAndUnpinnedOnesLeave()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var optics = await Engine.PostJobAsync(booth, "Optical engineer");
        var lasers = await Engine.PostJobAsync(booth, "Laser technician");
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);

        await Engine.Live(sessionId).PinAsync(optics);
        await Engine.Live(sessionId).PinAsync(lasers);
        var again = await Engine.Live(sessionId).PinAsync(optics);
        var unpinned = await Engine.Live(sessionId).UnpinAsync(optics.JobId);
        await Engine.Events.WaitForAsync<UnpinnedJobRecord>("the optics card to leave", e => e.JobId == optics.JobId);

        Assert.Equal(LiveChangeKind.Unchanged, again.Kind);
        Assert.Equal([lasers.JobId], unpinned.Session!.PinnedJobs.Select(j => j.JobId));
        Assert.Equal([optics.JobId, lasers.JobId], Engine.Events.Of<PinnedJobRecord>().Select(e => e.Job.JobId));
        Assert.True(await Engine.Live(sessionId).WasPinnedAsync(optics.JobId));
        Assert.Equal(LiveChangeKind.Unchanged, (await Engine.Live(sessionId).UnpinAsync(optics.JobId)).Kind);
    }

    [Fact]
    public async Task AtMostTenCardsArePinnedAtOnce()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        for (var i = 0; i < LiveSessionGrain.MaxPinned; i++)
        {
            Assert.Equal(LiveChangeKind.Changed, (await Engine.Live(sessionId).PinAsync(await Engine.PostJobAsync(booth, $"Job {i}"))).Kind);
        }

        var eleventh = await Engine.Live(sessionId).PinAsync(await Engine.PostJobAsync(booth, "One too many"));

        Assert.Equal(LiveChangeKind.Conflict, eleventh.Kind);
        Assert.Equal(LiveSessionGrain.MaxPinned, eleventh.Session!.PinnedJobs.Count);
    }

    [Fact]
    public async Task CardsComeDownWhenTheSessionEndsAndNoneGoUpAfter()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var job = await Engine.PostJobAsync(booth);
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.Live(sessionId).PinAsync(job);

        var ended = await Engine.Live(sessionId).EndAsync();
        var pinAfter = await Engine.Live(sessionId).PinAsync(job);

        Assert.Empty(ended.Session!.PinnedJobs);
        Assert.Equal(LiveChangeKind.Conflict, pinAfter.Kind);
        Assert.True(await Engine.Live(sessionId).WasPinnedAsync(job.JobId));
    }

    [Fact]
    public async Task FiguresCountJoinsAndApplicationsPerPinnedJobOnly()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var optics = await Engine.PostJobAsync(booth, "Optical engineer");
        var lasers = await Engine.PostJobAsync(booth, "Laser technician");
        var neverPinned = await Engine.PostJobAsync(booth, "Accountant");
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.Live(sessionId).PinAsync(optics);
        await Engine.Live(sessionId).PinAsync(lasers);

        await Engine.Live(sessionId).RecordQueueJoinAsync(optics.JobId);
        await Engine.Live(sessionId).RecordQueueJoinAsync(optics.JobId);
        await Engine.Live(sessionId).RecordApplicationAsync(optics.JobId);
        await Engine.Live(sessionId).RecordApplicationAsync(lasers.JobId);
        await Engine.Live(sessionId).RecordApplicationAsync(neverPinned.JobId);
        var stats = await Engine.Live(sessionId).GetStatsAsync();

        Assert.Equal(
            [new PinnedJobStats(optics.JobId, "Optical engineer", 2, 1), new PinnedJobStats(lasers.JobId, "Laser technician", 0, 1)],
            stats!.Jobs);
        Assert.Equal((0, 0, 0L), (stats.PeakViewers, stats.TotalViewers, stats.ChatMessages));
    }

    [Fact]
    public async Task SessionIsAnnouncedOnceWhileItIsStillScheduled()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        var startsAt = (await Engine.Live(sessionId).GetAsync())!.StartsAt;
        var liveOne = await Engine.ScheduleLiveSessionAsync(booth);
        await Engine.GoLiveAsync(liveOne);

        Assert.True(await Engine.Live(sessionId).AnnounceAsync());
        Assert.False(await Engine.Live(sessionId).AnnounceAsync());
        Assert.False(await Engine.Live(liveOne).AnnounceAsync());
        var announced = await Engine.Events.WaitForAsync<LiveStartingRecord>("the announcement");

        Assert.Equal(new LiveSessionStartingNotice(sessionId, booth.FairId, booth.BoothId, booth.CompanyName, "Campus hiring live", startsAt), announced.Notice);
        Assert.Single(Engine.Events.Of<LiveStartingRecord>());
        Assert.Equal(Engine.Clock.GetUtcNow(), (await Engine.Live(sessionId).GetAsync())!.AnnouncedAt);
        Assert.True((await Engine.Grain<ILiveSessionDirectoryGrain>(booth.FairId).ListAsync()).Single(s => s.SessionId == sessionId).Announced);
    }

    [Fact]
    public async Task AMovedSessionIsListedAtItsNewStartAndAnnouncedAgainForIt()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var sessionId = await Engine.ScheduleLiveSessionAsync(booth);
        var later = (await Engine.Live(sessionId).GetAsync())!.StartsAt.AddHours(2);
        await Engine.Live(sessionId).AnnounceAsync();

        var moved = await Engine.Live(sessionId).RescheduleAsync(later);
        var same = await Engine.Live(sessionId).RescheduleAsync(later);
        var announcedAgain = await Engine.Live(sessionId).AnnounceAsync();
        await Engine.GoLiveAsync(sessionId);
        var afterLive = await Engine.Live(sessionId).RescheduleAsync(later.AddHours(1));

        Assert.Equal((LiveChangeKind.Changed, later), (moved.Kind, moved.Session!.StartsAt));
        Assert.Equal(LiveChangeKind.Unchanged, same.Kind);
        Assert.True(announcedAgain);
        Assert.Equal(LiveChangeKind.Conflict, afterLive.Kind);
        Assert.Equal(later, (await Engine.Grain<ILiveSessionDirectoryGrain>(booth.FairId).ListAsync()).Single(s => s.SessionId == sessionId).StartsAt);
    }

    [Fact]
    public async Task ApplyingTwiceToOneJobKeepsTheFirstApplication()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var optics = await Engine.PostJobAsync(booth, "Optical engineer");
        var lasers = await Engine.PostJobAsync(booth, "Laser technician");
        await Engine.GraduateAsync("grad-li");
        var profile = (await Engine.Graduate("grad-li").GetProfileAsync())!;
        var applications = Engine.Grain<IJobApplicationsGrain>(booth.BoothId);

        var first = await applications.ApplyAsync(new NewApplication("application_1", optics.JobId, optics.Title, "grad-li", profile, null, "live_1"));
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await applications.ApplyAsync(new NewApplication("application_2", optics.JobId, optics.Title, "grad-li", profile, null, "live_1"));
        var other = await applications.ApplyAsync(new NewApplication("application_3", lasers.JobId, lasers.Title, "grad-li", profile, null, null));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Application, second.Application);
        Assert.True(other.Created);
        Assert.Equal(["application_3", "application_1"], (await applications.ListAsync()).Select(a => a.ApplicationId));
        Assert.True(await applications.HasAppliedAsync("grad-li"));
        Assert.False(await applications.HasAppliedAsync("grad-wang"));
    }
}
