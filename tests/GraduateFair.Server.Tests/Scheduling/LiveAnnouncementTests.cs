using System.Net;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Scheduling;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Support;
using GraduateFair.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GraduateFair.Server.Tests.Scheduling;

/// <summary>Quartz announces a live session to its fair's watchers 10 minutes before it starts: on time, after a reschedule, after a restart, never late.</summary>
public sealed class LiveAnnouncementTests
{
    private static readonly DateTimeOffset StartsAt = ScheduledApp.StartTime.AddHours(2);

    private readonly InMemoryBlobStore _store = new();
    private readonly ManualTimeProvider _clock = new(ScheduledApp.StartTime);

    [Fact]
    public async Task TheFairsWatchersHearOfASessionTenMinutesBeforeItStarts()
    {
        await using var app = Start();
        var (_, fairId, sessionId) = await ScheduleAsync(app, StartsAt);
        await using var lobby = await app.App.ConnectHubAsync(await app.Story.GraduateAsync("In The Lobby"));
        await lobby.InvokeAsync("WatchFair", fairId);

        var announcing = app.Probe.Next(LiveAnnouncementSchedule.AnnounceJob, sessionId);
        _clock.AdvanceTo(StartsAt.AddMinutes(-10));
        var run = await SchedulerProbe.Within(announcing, "the session's announcement");
        var starting = await lobby.On("LiveSessionStarting").NextAsync<LiveSessionStartingDto>();

        Assert.Equal(StartsAt.AddMinutes(-10), run.ScheduledFireTimeUtc);
        Assert.Equal(new LiveSessionStartingDto(sessionId, starting.BoothId, fairId, "Wuhan Optics Ltd", "Optics campus live", StartsAt), starting);
        Assert.Null(await TriggerAsync(app, sessionId));
    }

    [Fact]
    public async Task MovingTheStartMovesTheAnnouncement()
    {
        await using var app = Start();
        var (employer, fairId, sessionId) = await ScheduleAsync(app, StartsAt);
        await using var lobby = await app.App.ConnectHubAsync(await app.Story.GraduateAsync("In The Lobby"));
        await lobby.InvokeAsync("WatchFair", fairId);
        var later = StartsAt.AddHours(1);

        var (status, moved) = await app.Story.Client.SendAsync(HttpMethod.Patch, $"/api/live-sessions/{sessionId}", new { startsAt = later.ToString("O") }, employer.Token);
        var announcing = app.Probe.Next(LiveAnnouncementSchedule.AnnounceJob, sessionId);
        _clock.AdvanceTo(later.AddMinutes(-10));
        var run = await SchedulerProbe.Within(announcing, "the moved session's announcement");
        var starting = await lobby.On("LiveSessionStarting").NextAsync<LiveSessionStartingDto>();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(later, moved!["startsAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(later.AddMinutes(-10), run.ScheduledFireTimeUtc);
        Assert.Equal(later, starting.StartsAt);
        Assert.Single(lobby.Received("LiveSessionStarting"));
    }

    [Fact]
    public async Task OnlyTheHostMovesASessionAndOnlyBeforeItStarts()
    {
        await using var app = Start();
        var (employer, _, sessionId) = await ScheduleAsync(app, StartsAt);
        var graduate = await app.Story.GraduateAsync("Not The Host");
        var body = new { startsAt = StartsAt.AddHours(1).ToString("O") };

        var (byGraduate, _) = await app.Story.Client.SendAsync(HttpMethod.Patch, $"/api/live-sessions/{sessionId}", body, graduate.Token);
        var (intoThePast, _) = await app.Story.Client.SendAsync(HttpMethod.Patch, $"/api/live-sessions/{sessionId}", new { startsAt = ScheduledApp.StartTime.AddDays(-1).ToString("O") }, employer.Token);
        await app.Story.Client.PostAsync($"/api/live-sessions/{sessionId}/end", token: employer.Token);
        var (afterEnd, _) = await app.Story.Client.SendAsync(HttpMethod.Patch, $"/api/live-sessions/{sessionId}", body, employer.Token);

        Assert.Equal(HttpStatusCode.Forbidden, byGraduate);
        Assert.Equal(HttpStatusCode.BadRequest, intoThePast);
        Assert.Equal(HttpStatusCode.Conflict, afterEnd);
    }

    [Fact]
    public async Task AnAnnouncementIsRebuiltAtStartUpAndMadeOnTime()
    {
        var (fairId, sessionId) = await ScheduleAndStopAsync();

        _clock.AdvanceTo(StartsAt.AddMinutes(-30));
        await using var restarted = Start();
        await using var lobby = await restarted.App.ConnectHubAsync(await restarted.Story.GraduateAsync("In The Lobby"));
        await lobby.InvokeAsync("WatchFair", fairId);
        var announcing = restarted.Probe.Next(LiveAnnouncementSchedule.AnnounceJob, sessionId);
        _clock.AdvanceTo(StartsAt.AddMinutes(-10));
        await SchedulerProbe.Within(announcing, "the announcement after the restart");

        Assert.Equal(sessionId, (await lobby.On("LiveSessionStarting").NextAsync<LiveSessionStartingDto>()).SessionId);
    }

    [Fact]
    public async Task AnAnnouncementWhoseTimePassedWhileTheServerWasDownIsNotMadeLate()
    {
        var (fairId, sessionId) = await ScheduleAndStopAsync();

        _clock.AdvanceTo(StartsAt.AddMinutes(-5));
        await using var restarted = Start();
        var organiser = await restarted.Story.OrganiserAsync();
        var (_, listed) = await restarted.Story.Client.GetAsync($"/api/fairs/{fairId}/live-sessions", organiser.Token);

        Assert.Null(await TriggerAsync(restarted, sessionId));
        Assert.Equal("scheduled", listed![0].Text("status"));
        Assert.Null((await restarted.App.Services.GetRequiredService<IGrainFactory>().GetGrain<ILiveSessionGrain>(sessionId).GetAsync())!.AnnouncedAt);
    }

    private ScheduledApp Start() => ScheduledApp.Start(new GraduateFairApp(ScheduledApp.Settings, _store, _clock));

    private async Task<(string FairId, string SessionId)> ScheduleAndStopAsync()
    {
        await using var app = Start();
        var (_, fairId, sessionId) = await ScheduleAsync(app, StartsAt);
        return (fairId, sessionId);
    }

    private static async Task<(Session Employer, string FairId, string SessionId)> ScheduleAsync(ScheduledApp app, DateTimeOffset startsAt)
    {
        var (employer, fairId, boothId) = await app.Story.OpenBoothAsync();
        var (status, body) = await app.Story.Client.PostAsync($"/api/booths/{boothId}/live-sessions", new { title = "Optics campus live", startsAt = startsAt.ToString("O") }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"schedule answered {status}: {body}");
        return (employer, fairId, body.Text("sessionId")!);
    }

    private static async Task<ITrigger?> TriggerAsync(ScheduledApp app, string sessionId)
    {
        var scheduler = await app.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(new TriggerKey(sessionId, LiveAnnouncementSchedule.Group));
    }
}
