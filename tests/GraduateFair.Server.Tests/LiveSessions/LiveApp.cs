using System.Net;
using System.Text.Json.Nodes;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraduateFair.Server.Tests.LiveSessions;

/// <summary>The server in process with live sessions configured as a test wants, its live events recorded, and the HTTP steps of a live session.</summary>
public sealed class LiveApp : IAsyncDisposable
{
    public const string RtmpUrl = "rtmp://127.0.0.1:1935/live";
    public const string HlsBase = "http://127.0.0.1:8088/hls";
    public const string Secret = "test-ingest-secret";

    private LiveApp(Dictionary<string, string?> settings, IPAddress? remoteAddress)
    {
        App = new GraduateFairApp(settings)
        {
            TestServices = services =>
            {
                services.RemoveAll<ILiveEvents>();
                services.AddSingleton<ILiveEvents>(Events);
                if (remoteAddress is not null)
                {
                    services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remoteAddress));
                }
            },
        };
        Client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Story = new Story(Client);
    }

    public GraduateFairApp App { get; }

    public HttpClient Client { get; }

    public Story Story { get; }

    public LiveEventsRecorder Events { get; } = new();

    /// <summary>
    /// With nginx configured (ingest URL, HLS base, the shared secret unless <paramref name="secret"/>
    /// is false) and no reconnect grace, so a publisher's end ends its session at once.
    /// </summary>
    public static LiveApp WithNginx(bool secret = true, IPAddress? remoteAddress = null, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Live:RtmpIngestUrl"] = RtmpUrl,
            ["Live:HlsBaseUrl"] = HlsBase,
            ["Live:ReconnectGrace"] = "00:00:00",
            ["Live:IngestSecret"] = secret ? Secret : null,
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new LiveApp(settings, remoteAddress);
    }

    public static LiveApp WithoutNginx() => new([], null);

    /// <summary>An employer's booth at an open fair, with one job.</summary>
    public async Task<(Session Employer, string FairId, string BoothId, string JobId)> BoothAsync()
    {
        var (employer, fairId, boothId) = await Story.OpenBoothAsync();
        var jobId = await Story.AddJobAsync(employer, boothId);
        return (employer, fairId, boothId, jobId);
    }

    public async Task<JsonNode> ScheduleAsync(Session employer, string boothId, string? externalHlsUrl = null, TimeSpan? startsIn = null, string title = "Optics campus live")
    {
        var startsAt = (App.Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromHours(1))).ToString("O");
        var (status, body) = await Client.PostAsync($"/api/booths/{boothId}/live-sessions", new { title, startsAt, externalHlsUrl }, employer.Token);
        Assert.True(status == HttpStatusCode.Created, $"schedule answered {status}: {body}");
        return body!;
    }

    public async Task<string> StreamKeyAsync(Session employer, string sessionId)
    {
        var (status, ingest) = await Client.GetAsync($"/api/live-sessions/{sessionId}/ingest", employer.Token);
        Assert.True(status == HttpStatusCode.OK, $"ingest answered {status}: {ingest}");
        return ingest.Text("streamKey")!;
    }

    /// <summary>nginx's on_publish or on_publish_done callback.</summary>
    public async Task<HttpResponseMessage> CallbackAsync(string call, string streamName, string clientId = "1", string? secret = Secret)
    {
        var query = secret is null ? "" : $"?secret={Uri.EscapeDataString(secret)}";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["app"] = "live",
            ["flashver"] = "FMLE/3.0",
            ["tcurl"] = RtmpUrl,
            ["addr"] = "127.0.0.1",
            ["clientid"] = clientId,
            ["call"] = call == "publish" ? "publish" : "publish_done",
            ["name"] = streamName,
            ["type"] = "live",
        });
        return await Client.PostAsync($"/api/live/ingest/{call}{query}", form);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
