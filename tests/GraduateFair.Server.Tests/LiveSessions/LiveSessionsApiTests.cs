using System.Net;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.LiveSessions;

public sealed class LiveSessionsApiTests
{
    [Fact]
    public async Task EmployerSchedulesASessionThatEveryoneSignedInSeesWithoutItsKey()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, fairId, boothId, _) = await live.BoothAsync();
        var graduate = await live.Story.GraduateAsync("Li Hua");

        var created = await live.ScheduleAsync(employer, boothId);
        var sessionId = created.Text("sessionId")!;
        var (status, seen) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}", graduate.Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("scheduled", seen.Text("status"));
        Assert.Equal(boothId, seen.Text("boothId"));
        Assert.Equal(fairId, seen.Text("fairId"));
        Assert.Equal("Optics campus live", seen.Text("title"));
        Assert.False(seen!["external"]!.GetValue<bool>());
        Assert.Equal($"{LiveApp.HlsBase}/{sessionId}/index.m3u8", seen.Text("playbackUrl"));
        Assert.DoesNotContain("streamKey", seen.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await live.StreamKeyAsync(employer, sessionId), seen.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheCompanysEmployersSeeTheStreamKey()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var otherEmployer = await live.Client.SignUpAsync("employer", "Recruiter Zhao");
        var graduate = await live.Story.GraduateAsync("Li Hua");

        var (hostStatus, ingest) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", employer.Token);
        var (otherStatus, _) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", otherEmployer.Token);
        var (graduateStatus, _) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", graduate.Token);
        var (rotateStatus, _) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/rotate-key", token: otherEmployer.Token);

        Assert.Equal(HttpStatusCode.OK, hostStatus);
        Assert.True(ingest!["configured"]!.GetValue<bool>());
        Assert.Equal(LiveApp.RtmpUrl, ingest.Text("rtmpUrl"));
        Assert.Equal(sessionId, StreamKeys.SessionIdOf(ingest.Text("streamKey")));
        Assert.Null(ingest.Text("message"));
        Assert.Equal(HttpStatusCode.Forbidden, otherStatus);
        Assert.Equal(HttpStatusCode.Forbidden, graduateStatus);
        Assert.Equal(HttpStatusCode.Forbidden, rotateStatus);
    }

    [Fact]
    public async Task WithoutNginxTheApiSaysRtmpIngestIsNotConfigured()
    {
        await using var live = LiveApp.WithoutNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;

        var (_, ingest) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", employer.Token);
        var (_, playback) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/playback", employer.Token);

        Assert.False(ingest!["configured"]!.GetValue<bool>());
        Assert.Null(ingest.Text("rtmpUrl"));
        Assert.StartsWith("RTMP ingest is not configured on this server", ingest.Text("message"), StringComparison.Ordinal);
        Assert.Null(playback.Text("hlsUrl"));
        Assert.StartsWith("RTMP ingest is not configured on this server", playback.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutNginxASessionWithAnExternalStreamPlaysAndIsStartedAndEndedByItsHost()
    {
        await using var live = LiveApp.WithoutNginx();
        var (employer, fairId, boothId, _) = await live.BoothAsync();
        const string url = "https://cdn.example.org/live/optics/index.m3u8";
        var sessionId = (await live.ScheduleAsync(employer, boothId, externalHlsUrl: url)).Text("sessionId")!;

        var (_, playback) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/playback", employer.Token);
        var (ingestStatus, _) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", employer.Token);
        var (startStatus, started) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/start", token: employer.Token);
        var live1 = await live.Events.WaitForAsync<LiveStatusNotice>("the session to go live", n => n.Status == Domain.LiveSessions.LiveSessionStatus.Live);
        var (endStatus, ended) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/end", token: employer.Token);

        Assert.Equal(url, playback.Text("hlsUrl"));
        Assert.Null(playback.Text("message"));
        Assert.Equal(HttpStatusCode.Conflict, ingestStatus);
        Assert.Equal(HttpStatusCode.OK, startStatus);
        Assert.Equal("live", started.Text("status"));
        Assert.Equal(new LiveStatusNotice(sessionId, fairId, boothId, Domain.LiveSessions.LiveSessionStatus.Live), live1);
        Assert.Equal(HttpStatusCode.OK, endStatus);
        Assert.Equal("ended", ended.Text("status"));
    }

    [Fact]
    public async Task BadScheduleGetsAnErrorPerField()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();

        var (status, problem) = await live.Client.PostAsync($"/api/booths/{boothId}/live-sessions", new
        {
            title = " ",
            startsAt = live.App.Clock.GetUtcNow().AddHours(-1).ToString("O"),
            externalHlsUrl = "rtmp://elsewhere.example.org/live/x",
        }, employer.Token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Title is required.", problem!["errors"]!["title"]![0]!.GetValue<string>());
        Assert.Equal("Starts at must not be in the past.", problem["errors"]!["startsAt"]![0]!.GetValue<string>());
        Assert.StartsWith("External HLS URL must be an absolute http or https URL", problem["errors"]!["externalHlsUrl"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheBoothsEmployersScheduleItsSessions()
    {
        await using var live = LiveApp.WithNginx();
        var (_, _, boothId, _) = await live.BoothAsync();
        var otherEmployer = await live.Client.SignUpAsync("employer", "Recruiter Zhao");
        var graduate = await live.Story.GraduateAsync("Li Hua");
        var body = new { title = "Not mine", startsAt = live.App.Clock.GetUtcNow().AddHours(1).ToString("O") };

        var (otherStatus, _) = await live.Client.PostAsync($"/api/booths/{boothId}/live-sessions", body, otherEmployer.Token);
        var (graduateStatus, _) = await live.Client.PostAsync($"/api/booths/{boothId}/live-sessions", body, graduate.Token);
        var (missingStatus, _) = await live.Client.PostAsync("/api/booths/booth_none/live-sessions", body, otherEmployer.Token);

        Assert.Equal(HttpStatusCode.Forbidden, otherStatus);
        Assert.Equal(HttpStatusCode.Forbidden, graduateStatus);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
    }

    [Fact]
    public async Task SessionsAreListedPerFairAndPerBoothByStartTime()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, fairId, boothId, _) = await live.BoothAsync();
        var companyId = (await live.Client.GetAsync($"/api/booths/{boothId}", employer.Token)).Body.Text("companyId")!;
        var secondBooth = await live.Story.CreateBoothAsync(employer, fairId, companyId, "Laser technicians");
        var later = (await live.ScheduleAsync(employer, boothId, startsIn: TimeSpan.FromHours(3), title: "Later")).Text("sessionId");
        var sooner = (await live.ScheduleAsync(employer, boothId, startsIn: TimeSpan.FromHours(1), title: "Sooner")).Text("sessionId");
        var elsewhere = (await live.ScheduleAsync(employer, secondBooth, startsIn: TimeSpan.FromHours(2), title: "Elsewhere")).Text("sessionId");
        var graduate = await live.Story.GraduateAsync("Li Hua");

        var (_, perFair) = await live.Client.GetAsync($"/api/fairs/{fairId}/live-sessions", graduate.Token);
        var (_, perBooth) = await live.Client.GetAsync($"/api/booths/{boothId}/live-sessions", graduate.Token);

        Assert.Equal([sooner, elsewhere, later], perFair!.AsArray().Select(s => s.Text("sessionId")));
        Assert.Equal([sooner, later], perBooth!.AsArray().Select(s => s.Text("sessionId")));
        Assert.Equal("scheduled", perBooth[0].Text("status"));
    }

    [Fact]
    public async Task SessionIsAnnouncedToTheFairTenMinutesBeforeItStarts()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, fairId, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId, startsIn: TimeSpan.FromMinutes(30))).Text("sessionId")!;
        var soonId = (await live.ScheduleAsync(employer, boothId, startsIn: TimeSpan.FromMinutes(5), title: "Starting soon")).Text("sessionId")!;

        var soon = await live.Events.WaitForAsync<LiveSessionStartingNotice>("the session starting in 5 minutes to be announced at once", n => n.SessionId == soonId);
        live.App.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.DoesNotContain(live.Events.All, n => n is LiveSessionStartingNotice { } notice && notice.SessionId == sessionId);
        live.App.Clock.Advance(TimeSpan.FromMinutes(1));
        var announced = await live.Events.WaitForAsync<LiveSessionStartingNotice>("the announcement 10 minutes before the start", n => n.SessionId == sessionId);

        Assert.Equal("Starting soon", soon.Title);
        Assert.Equal(fairId, announced.FairId);
        Assert.Equal(boothId, announced.BoothId);
        Assert.Equal("Optics campus live", announced.Title);
    }
}
