using System.Net;
using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraduateFair.Server.Tests.Hubs.Live;

/// <summary>
/// The server in process with the real live publisher (not a recorder), a banned term of the
/// test's own, nginx's callbacks trusted by a secret, and the HTTP steps of a live session. Shared
/// by a test class: every test makes its own booth, session and users.
/// </summary>
public sealed class LiveHubApp : IAsyncLifetime
{
    public const string Secret = "live-hub-secret";
    public static readonly TimeSpan ChatWindow = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan ViewersWindow = TimeSpan.FromSeconds(2);

    public LiveHubApp()
    {
        App = new GraduateFairApp(new Dictionary<string, string?>
        {
            // Index 9: appsettings.json's own terms (代考 among them) stay.
            ["Live:BannedTerms:9"] = "vx",
            ["Live:IngestSecret"] = Secret,
            ["Live:ReconnectGrace"] = "00:00:00",
            ["Live:ChatBatchWindow"] = "00:00:00.200",
            ["Live:ViewersInterval"] = "00:00:02",
        });
        Client = App.CreateClient();
        Story = new Story(App);
    }

    public GraduateFairApp App { get; }

    public HttpClient Client { get; }

    public Story Story { get; }

    /// <summary>A booth with one job and a session of it: external (started by its host) or RTMP.</summary>
    public async Task<LiveSetup> ScheduleAsync(bool external = true)
    {
        var (employer, fairId, boothId) = await Story.OpenBoothAsync();
        var jobId = await Story.AddJobAsync(employer, boothId);
        var startsAt = (App.Clock.GetUtcNow() + TimeSpan.FromHours(1)).ToString("O");
        var (status, body) = await Client.PostAsync(
            $"/api/booths/{boothId}/live-sessions",
            new { title = "Optics campus live", startsAt, externalHlsUrl = external ? "https://cdn.example.org/optics/index.m3u8" : null },
            employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"schedule answered {status}: {body}");
        return new LiveSetup(employer, fairId, boothId, jobId, body.Text("sessionId")!);
    }

    /// <summary>An external session, live.</summary>
    public async Task<LiveSetup> LiveAsync()
    {
        var setup = await ScheduleAsync();
        await PostOkAsync($"/api/live-sessions/{setup.SessionId}/start", setup.Employer);
        return setup;
    }

    public async Task PostOkAsync(string path, Session who)
    {
        var (status, body) = await Client.PostAsync(path, token: who.Token);
        Assert.True(status == HttpStatusCode.OK, $"POST {path} answered {status}: {body}");
    }

    public async Task<SignalRTestClient> WatchAsync(Session who, string sessionId)
    {
        var hub = await App.ConnectHubAsync(who);
        await hub.InvokeAsync("WatchLive", sessionId);
        return hub;
    }

    /// <summary>nginx's on_publish or on_publish_done callback.</summary>
    public async Task<HttpStatusCode> CallbackAsync(string call, string streamName)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["app"] = "live",
            ["addr"] = "127.0.0.1",
            ["clientid"] = "1",
            ["call"] = call == "publish" ? "publish" : "publish_done",
            ["name"] = streamName,
        });
        using var nginx = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await nginx.PostAsync($"/api/live/ingest/{call}?secret={Secret}", form);
        return response.StatusCode;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

public sealed record LiveSetup(Session Employer, string FairId, string BoothId, string JobId, string SessionId);
