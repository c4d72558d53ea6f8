using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;

using GraduateFair.Tests.Shared;

namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>
/// One server process, one nginx with the RTMP module (live sessions' ingest and HLS) and one
/// Chromium for the whole browser collection; each test takes a new browser context (cookies,
/// storage) from it, so tests do not see each other's sessions.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string OrganiserEmail = "organiser@e2e.example";
    public const string OrganiserPassword = "organiser-e2e-password";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
    ];

    private ServerProcess? _server;
    private NginxProcess? _nginx;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => Server.BaseAddress;

    internal ServerProcess Server => _server ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>nginx taking RTMP streams for the server's live sessions and serving their HLS.</summary>
    internal NginxProcess Nginx => _nginx ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The axe-core script, injected into pages to check accessibility.</summary>
    public string AxeSource { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(RepositoryPaths.WebDist, "index.html")))
        {
            throw new InvalidOperationException($"The web app is not built ({RepositoryPaths.WebDist}): run infra/web/build.sh first.");
        }

        if (!File.Exists(RepositoryPaths.AxeScript))
        {
            throw new InvalidOperationException($"axe-core is missing ({RepositoryPaths.AxeScript}): run infra/install-test-deps.sh first.");
        }

        NginxProcess.EnsureInstalled();
        AxeSource = await File.ReadAllTextAsync(RepositoryPaths.AxeScript);
        var (rtmpPort, hlsPort) = (ServerProcess.FreePort(), ServerProcess.FreePort());
        _server = await ServerProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Organiser:Email"] = OrganiserEmail,
                ["Organiser:Password"] = OrganiserPassword,
                ["Auth:AttemptsPerMinute"] = "10000",
                ["Live:RtmpIngestUrl"] = $"rtmp://127.0.0.1:{rtmpPort}/live",
                ["Live:HlsBaseUrl"] = $"http://127.0.0.1:{hlsPort}/hls",
            },
            TimeSpan.FromSeconds(60));

        // nginx calls the server back from the loopback address (no shared secret needed).
        _nginx = await NginxProcess.StartAsync(rtmpPort, hlsPort, new Uri(BaseAddress, "/api/live/ingest").ToString(), secret: null);

        // Generous bounds: CI runs the other test assemblies beside this one on two cores.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>
    /// A new browser context and page; the page starts blank, in the app's default language. The
    /// fake camera and microphone are allowed, and the page's RTCPeerConnections are watched
    /// (<see cref="PeerConnections"/>).
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not started.");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            Permissions = ["camera", "microphone"],
        });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(PeerConnections.InitScript);
        var page = await context.NewPageAsync();
        return new BrowserSession(this, context, page);
    }

    /// <summary>Signs in through the API (the organiser, or an account made by <see cref="RegisterAsync"/>).</summary>
    public Task<ApiActor> ApiAsync(TestAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return ApiActor.SignInAsync(Server, account.Email, account.Password);
    }

    public static TestAccount Organiser { get; } = new(OrganiserEmail, OrganiserPassword, "Organiser", "organiser");

    /// <summary>Registers an account through the API (for tests about something other than signing up).</summary>
    public async Task<TestAccount> RegisterAsync(string role, string displayName)
    {
        var account = TestAccount.New(role, displayName);
        using var client = Server.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/register", UriKind.Relative),
            new { email = account.Email, password = account.Password, displayName, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return account;
    }
}
