using GraduateFair.Grains.LiveSessions;
using GraduateFair.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using GraduateFair.Tests.Shared;

namespace GraduateFair.Server.Tests.Streaming;

/// <summary>
/// The server in process on Kestrel (nginx must reach its ingest endpoint over TCP) and a real
/// nginx with the RTMP module calling it from the loopback address (no shared secret), with no
/// reconnect grace so a stopped stream ends its session at once.
/// </summary>
public sealed class StreamingFixture : IAsyncLifetime, IAsyncDisposable
{
    private NginxProcess? _nginx;
    private GraduateFairApp? _app;

    internal NginxProcess Nginx => _nginx ?? throw new InvalidOperationException("Not started.");

    public GraduateFairApp App => _app ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client { get; private set; } = null!;

    public Story Story { get; private set; } = null!;

    public LiveEventsRecorder Events { get; } = new();

    public async Task InitializeAsync()
    {
        NginxProcess.EnsureInstalled();
        var (rtmpPort, httpPort, appPort) = (ServerProcess.FreePort(), ServerProcess.FreePort(), ServerProcess.FreePort());
        _app = new GraduateFairApp(new Dictionary<string, string?>
        {
            ["Live:RtmpIngestUrl"] = $"rtmp://127.0.0.1:{rtmpPort}/live",
            ["Live:HlsBaseUrl"] = $"http://127.0.0.1:{httpPort}/hls",
            ["Live:ReconnectGrace"] = "00:00:00",
        })
        {
            TestServices = services =>
            {
                services.RemoveAll<ILiveEvents>();
                services.AddSingleton<ILiveEvents>(Events);
            },
        };
        _app.UseKestrel(appPort);
        _app.StartServer();
        Client = _app.CreateClient();
        Story = new Story(Client);
        _nginx = await NginxProcess.StartAsync(rtmpPort, httpPort, $"http://127.0.0.1:{appPort}/api/live/ingest", secret: null);
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
