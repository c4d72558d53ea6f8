using System.Net;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.LiveSessions;

/// <summary>nginx's publish callbacks, as nginx sends them (form-encoded, the stream key as the name).</summary>
public sealed class LiveIngestApiTests
{
    [Fact]
    public async Task PublishWithTheKeyIsRedirectedToTheSessionIdAndTheSessionGoesLive()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, fairId, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var key = await live.StreamKeyAsync(employer, sessionId);

        using var answer = await live.CallbackAsync("publish", key);
        var notice = await live.Events.WaitForAsync<LiveStatusNotice>("the session to go live", n => n.SessionId == sessionId);
        var (_, seen) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(sessionId, answer.Headers.Location!.OriginalString);
        Assert.Equal(new LiveStatusNotice(sessionId, fairId, boothId, LiveSessionStatus.Live), notice);
        Assert.Equal("live", seen.Text("status"));
    }

    [Fact]
    public async Task PublishWithAWrongKeyIsRefusedAndTheSessionStaysScheduled()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;

        using var wrongSecret = await live.CallbackAsync("publish", $"{sessionId}-{new string('x', StreamKeys.SecretLength)}");
        using var bareSessionId = await live.CallbackAsync("publish", sessionId);
        using var nonsense = await live.CallbackAsync("publish", "obs-test");
        var (_, seen) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token);

        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bareSessionId.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nonsense.StatusCode);
        Assert.Equal("scheduled", seen.Text("status"));
    }

    [Fact]
    public async Task PublishDoneEndsTheSessionAndItsKeyPublishesNothingAfter()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var key = await live.StreamKeyAsync(employer, sessionId);
        using var published = await live.CallbackAsync("publish", key, clientId: "5");

        using var done = await live.CallbackAsync("publish-done", key, clientId: "5");
        await live.Events.WaitForAsync<LiveStatusNotice>("the session to end", n => n.SessionId == sessionId && n.Status == LiveSessionStatus.Ended);
        using var again = await live.CallbackAsync("publish", key, clientId: "6");

        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("ended", (await live.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token)).Body.Text("status"));
    }

    [Fact]
    public async Task RotatedKeyIsTheOnlyOneThatPublishes()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var old = await live.StreamKeyAsync(employer, sessionId);

        var (status, rotated) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/rotate-key", token: employer.Token);
        using var withOld = await live.CallbackAsync("publish", old);
        using var withNew = await live.CallbackAsync("publish", rotated.Text("streamKey")!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(old, rotated.Text("streamKey"));
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-the-secret")]
    public async Task CallbackWithoutTheSharedSecretIsRefused(string? secret)
    {
        await using var live = LiveApp.WithNginx(remoteAddress: IPAddress.Loopback);
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var key = await live.StreamKeyAsync(employer, sessionId);

        using var publish = await live.CallbackAsync("publish", key, secret: secret);

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal("scheduled", (await live.Client.GetAsync($"/api/live-sessions/{sessionId}", employer.Token)).Body.Text("status"));
    }

    [Fact]
    public async Task WithoutASecretOnlyTheLoopbackAddressIsTrusted()
    {
        await using var fromLoopback = LiveApp.WithNginx(secret: false, remoteAddress: IPAddress.Loopback);
        await using var fromElsewhere = LiveApp.WithNginx(secret: false, remoteAddress: IPAddress.Parse("203.0.113.7"));

        Assert.Equal(HttpStatusCode.Redirect, await PublishStatusAsync(fromLoopback));
        Assert.Equal(HttpStatusCode.Forbidden, await PublishStatusAsync(fromElsewhere));

        static async Task<HttpStatusCode> PublishStatusAsync(LiveApp live)
        {
            var (employer, _, boothId, _) = await live.BoothAsync();
            var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
            using var answer = await live.CallbackAsync("publish", await live.StreamKeyAsync(employer, sessionId), secret: null);
            return answer.StatusCode;
        }
    }
}
