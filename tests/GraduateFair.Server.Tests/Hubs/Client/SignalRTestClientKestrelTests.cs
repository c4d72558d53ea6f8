using GraduateFair.Server.Tests.Hubs.Client.TestHub;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>The test client over a real network socket (ClientWebSocket to Kestrel on 127.0.0.1).</summary>
public sealed class SignalRTestClientKestrelTests(KestrelTestHubHostFixture fixture) : IClassFixture<KestrelTestHubHostFixture>
{
    private TestHubHost Host => fixture.Host;

    private static string User(string name) => $"{name}-{Guid.NewGuid():N}";

    [Fact]
    public async Task InvokeAndServerMessagesWorkOverTheNetwork()
    {
        var alice = User("alice");
        await using var client = await Host.ConnectAsync(alice);

        Assert.Equal(alice, await client.InvokeAsync<string>("WhoAmI"));
        await client.InvokeAsync("Notify", alice, "hello");
        Assert.Equal("hello", await client.On("Notice").NextAsync<string>());
        var refused = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Refuse", "no"));
        Assert.Equal("An unexpected error occurred invoking 'Refuse' on the server. HubException: no", refused.Message);
    }

    [Fact]
    public async Task ACookieHeaderAuthenticatesOverTheNetwork()
    {
        var dora = User("dora");
        await using var client = await SignalRTestClient.ConnectAsync(Host.EchoUrl, new SignalRTestClientOptions { Cookie = $"{TestAuthenticationHandler.Cookie}={dora}" });

        Assert.Equal(dora, await client.InvokeAsync<string>("WhoAmI"));
    }

    [Fact]
    public async Task MessagesSpanningManyWebSocketFramesArriveWhole()
    {
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(index => index % 5 == 0 ? "é" : "x"));
        await using var client = await Host.ConnectAsync(User("alice"));

        Assert.Equal(text, await client.InvokeAsync<string>("Echo", text));
        await client.InvokeAsync("Shout", text);
        Assert.Equal(text, await client.On("Echoed").NextAsync<string>());
    }

    [Fact]
    public async Task AConnectionTheServerAbortsIsSeenAsClosed()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        await client.SendAsync("Abort");

        Assert.Equal(new HubClosed(HubCloseCause.CloseMessage, null, false), await client.Closed.WithTimeout("the client to see the server's abort"));
    }

    [Fact]
    public async Task AConnectionTheClientDropsIsSeenByTheServer()
    {
        var client = await Host.ConnectAsync(User("alice"));

        await client.AbortAsync();

        var disconnection = await Host.Connections.DisconnectedAsync(client.ConnectionId).WithTimeout("OnDisconnectedAsync after the client dropped the socket");

        // Kestrel's WebSocket transport treats a socket closed without the close handshake as a
        // plain disconnect: OnDisconnectedAsync cannot tell a lost connection from a clean close.
        Assert.Null(disconnection.Exception);
        await client.DisposeAsync();
    }
}
