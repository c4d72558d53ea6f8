using System.Net;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Tests.Support;

using GraduateFair.Tests.Shared;

namespace GraduateFair.Server.Tests.Streaming;

/// <summary>Real nginx and ffmpeg: the stream decides the session's status, and only its key gets in.</summary>
[Trait("Category", "Streaming")]
public sealed class StreamingTests(StreamingFixture fixture) : IClassFixture<StreamingFixture>
{
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task StreamWithTheKeyTakesTheSessionLiveWithHlsUnderItsIdAndStoppingItEndsTheSession()
    {
        var (employer, sessionId, key) = await ScheduleAsync();
        var playlist = Path.Combine(fixture.Nginx.HlsDirectory, sessionId, "index.m3u8");
        using var appearance = new FileAppearance(fixture.Nginx.HlsDirectory, playlist);

        await using var ffmpeg = FfmpegPublisher.Start(fixture.Nginx.RtmpUrl, key);
        await appearance.WaitAsync(StreamTimeout, () => $"ffmpeg:\n{ffmpeg.Output}\nnginx:\n{fixture.Nginx.Log}");
        var (_, live) = await fixture.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token);
        using var http = new HttpClient();
        var served = await http.GetStringAsync(new Uri(live.Text("playbackUrl")!));

        Assert.Equal("live", live.Text("status"));
        Assert.Equal($"{fixture.Nginx.HlsBaseUrl}/{sessionId}/index.m3u8", live.Text("playbackUrl"));
        Assert.StartsWith("#EXTM3U", served, StringComparison.Ordinal);
        Assert.Contains(".ts", served, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(fixture.Nginx.HlsDirectory), path => path.Contains(key, StringComparison.Ordinal));

        await ffmpeg.StopAsync();
        await fixture.Events.WaitForAsync<LiveStatusNotice>("the session to end when ffmpeg stopped", n => n.SessionId == sessionId && n.Status == LiveSessionStatus.Ended);

        Assert.Equal("ended", (await fixture.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token)).Body.Text("status"));
    }

    [Fact]
    public async Task StreamWithAWrongKeyIsDroppedAndTheSessionStaysScheduled()
    {
        var (employer, sessionId, key) = await ScheduleAsync();
        var wrong = key[..^4] + (key.EndsWith("0000", StringComparison.Ordinal) ? "1111" : "0000");

        await using var ffmpeg = FfmpegPublisher.Start(fixture.Nginx.RtmpUrl, wrong);
        var exitCode = await ffmpeg.ExitedAsync(StreamTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Equal("scheduled", (await fixture.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token)).Body.Text("status"));
        Assert.False(Directory.Exists(Path.Combine(fixture.Nginx.HlsDirectory, sessionId)));
        Assert.DoesNotContain(fixture.Events.All, n => n is LiveStatusNotice notice && notice.SessionId == sessionId);
    }

    private async Task<(Session Employer, string SessionId, string Key)> ScheduleAsync()
    {
        var (employer, _, boothId) = await fixture.Story.OpenBoothAsync();
        var (status, created) = await fixture.Client.PostAsync($"/api/booths/{boothId}/live-sessions", new
        {
            title = "Optics campus live",
            startsAt = fixture.App.Clock.GetUtcNow().AddMinutes(30).ToString("O"),
        }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"schedule answered {status}: {created}");
        var sessionId = created.Text("sessionId")!;
        var (_, ingest) = await fixture.Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", employer.Token);
        Assert.Equal(fixture.Nginx.RtmpUrl, ingest.Text("rtmpUrl"));
        return (employer, sessionId, ingest.Text("streamKey")!);
    }
}
