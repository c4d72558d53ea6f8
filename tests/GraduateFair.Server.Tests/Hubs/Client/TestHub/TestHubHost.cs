using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>
/// A minimal host of its own (not the product) with <see cref="EchoHub"/> at
/// <see cref="EchoPath"/> and the <see cref="ScriptedServer"/> at <see cref="ScriptedPath"/>,
/// in process or on Kestrel at a free loopback port.
/// </summary>
public sealed class TestHubHost : IAsyncDisposable
{
    public const string EchoPath = "/hubs/echo";
    public const string ScriptedPath = "/scripted";

    /// <summary>The test hub accepts messages up to this size (the tests send larger-than-a-frame ones).</summary>
    public const int MaximumReceiveMessageSize = 1024 * 1024;

    private static readonly object ScriptedNegotiation = new
    {
        negotiateVersion = 1,
        connectionId = ScriptedServer.ConnectionId,
        connectionToken = ScriptedServer.ConnectionToken,
        availableTransports = new[] { new { transport = "WebSockets", transferFormats = new[] { "Text", "Binary" } } },
    };

    private readonly WebApplication _app;

    private TestHubHost(WebApplication app, TestServer? server, Uri baseAddress)
    {
        _app = app;
        Server = server;
        BaseAddress = baseAddress;
    }

    /// <summary>The in-process server; null on Kestrel.</summary>
    public TestServer? Server { get; }

    public Uri BaseAddress { get; }

    public Uri EchoUrl => new(BaseAddress, EchoPath);

    public HubConnectionLog Connections => _app.Services.GetRequiredService<HubConnectionLog>();

    public IHubContext<EchoHub> EchoContext => _app.Services.GetRequiredService<IHubContext<EchoHub>>();

    public ScriptedServer Scripted => _app.Services.GetRequiredService<ScriptedServer>();

    public HubEndpoint Echo => Endpoint(EchoPath);

    public HubEndpoint ScriptedEndpoint => Endpoint(ScriptedPath);

    public static Task<TestHubHost> StartInProcessAsync() => StartAsync(onKestrel: false);

    public static Task<TestHubHost> StartOnKestrelAsync() => StartAsync(onKestrel: true);

    /// <summary>Connects to <see cref="EchoHub"/> as <paramref name="user"/> (sent as <c>access_token</c>).</summary>
    public Task<SignalRTestClient> ConnectAsync(string user, SignalRTestClientOptions? options = null) =>
        SignalRTestClient.ConnectAsync(Echo, (options ?? new SignalRTestClientOptions()) with { AccessToken = user });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private HubEndpoint Endpoint(string path) =>
        Server is null ? HubEndpoint.Remote(new Uri(BaseAddress, path)) : HubEndpoint.InProcess(Server, path);

    private static async Task<TestHubHost> StartAsync(bool onKestrel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (onKestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddSingleton<HubConnectionLog>();
        builder.Services.AddSingleton<ScriptedServer>();
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddSignalR(options =>
        {
            options.MaximumReceiveMessageSize = MaximumReceiveMessageSize;

            // EchoHub.AskCaller waits for a client result inside a hub method.
            options.MaximumParallelInvocationsPerClient = 2;
        });

        var app = builder.Build();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHub<EchoHub>(EchoPath, options => options.AllowStatefulReconnects = true);
        MapScripted(app);
        await app.StartAsync();

        return onKestrel
            ? new TestHubHost(app, null, new Uri(app.Urls.Single()))
            : new TestHubHost(app, app.GetTestServer(), app.GetTestServer().BaseAddress);
    }

    private static void MapScripted(WebApplication app)
    {
        app.MapPost(ScriptedPath + "/negotiate", () => Results.Json(ScriptedNegotiation));
        app.Map(ScriptedPath, async (HttpContext context, ScriptedServer scripted) =>
        {
            if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["id"] != ScriptedServer.ConnectionToken)
            {
                return Results.BadRequest();
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await scripted.AcceptAsync(socket);
            return Results.Empty;
        });
    }
}
