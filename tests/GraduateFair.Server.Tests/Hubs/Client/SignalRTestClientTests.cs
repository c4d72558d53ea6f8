using System.Net;
using GraduateFair.Server.Tests.Hubs.Client.TestHub;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>The test client against a real SignalR hub in process (the tiny <see cref="EchoHub"/>).</summary>
public sealed class SignalRTestClientTests(TestHubHostFixture fixture) : IClassFixture<TestHubHostFixture>
{
    private TestHubHost Host => fixture.Host;

    private static string User(string name) => $"{name}-{Guid.NewGuid():N}";

    [Fact]
    public async Task InvokeReturnsTheHubMethodsResult()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        Assert.Equal("héllo wörld €", await client.InvokeAsync<string>("Echo", "héllo wörld €"));
        Assert.Equal(new Badge("mentor", 3), await client.InvokeAsync<Badge>("Promote", new Badge("mentor", 2)));
    }

    [Fact]
    public async Task InvokeOfAVoidHubMethodCompletesWithANullResult()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        await client.InvokeAsync("Nothing");
        var result = await client.InvokeCoreAsync("Nothing", [], null, CancellationToken.None);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, result?.ValueKind);
        Assert.Null(await client.InvokeAsync<string>("Nothing"));
    }

    [Fact]
    public async Task InvokeOfAMethodThatThrowsHubExceptionFailsWithTheServersMessage()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        var refused = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Refuse", "You may not watch booth 7."));

        Assert.Equal("An unexpected error occurred invoking 'Refuse' on the server. HubException: You may not watch booth 7.", refused.Message);
    }

    [Fact]
    public async Task InvokeOfAMethodThatCrashesFailsWithoutTheServersDetails()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        var crashed = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Crash"));

        Assert.Equal("An unexpected error occurred invoking 'Crash' on the server.", crashed.Message);
    }

    [Fact]
    public async Task AServerRequestForAClientResultIsAnsweredWithAnError()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        var refused = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync<string>("AskCaller"));

        Assert.Equal("An unexpected error occurred invoking 'AskCaller' on the server. HubException: The SignalR test client does not return results to the server ('Answer').", refused.Message);
    }

    [Fact]
    public async Task AMessageToAUserReachesEveryConnectionOfThatUserAndNoOneElse()
    {
        var alice = User("alice");
        var bob = User("bob");
        await using var alicePhone = await Host.ConnectAsync(alice);
        await using var aliceLaptop = await Host.ConnectAsync(alice);
        await using var bobClient = await Host.ConnectAsync(bob);

        await bobClient.SendAsync("Notify", alice, "your turn");
        await bobClient.InvokeAsync("Notify", bob, "for bob");

        Assert.Equal("your turn", await alicePhone.On("Notice").NextAsync<string>());
        Assert.Equal("your turn", await aliceLaptop.On("Notice").NextAsync<string>());
        Assert.Equal("for bob", await bobClient.On("Notice").NextAsync<string>());
        Assert.Equal(["Notice(\"for bob\")"], bobClient.Received("Notice").Select(message => message.ToString()));
    }

    [Fact]
    public async Task AMessageToAGroupReachesItsMembersOnly()
    {
        await using var member = await Host.ConnectAsync(User("alice"));
        await using var other = await Host.ConnectAsync(User("carol"));
        await using var sender = await Host.ConnectAsync(User("bob"));
        var booth = $"booth-{Guid.NewGuid():N}";
        var fair = $"fair-{Guid.NewGuid():N}";
        await member.InvokeAsync("Join", booth);
        await other.InvokeAsync("Join", fair);

        await sender.InvokeAsync("Announce", booth, "3 waiting");
        await sender.InvokeAsync("Announce", fair, "open");

        var toMember = await member.On("Announcement").NextAsync();
        var toOther = await other.On("Announcement").NextAsync();
        Assert.Equal((booth, "3 waiting"), (toMember.Argument<string>(0), toMember.Argument<string>(1)));
        Assert.Equal((fair, "open"), (toOther.Argument<string>(0), toOther.Argument<string>(1)));
    }

    [Fact]
    public async Task MessagesLargerThanTheReceiveBufferArriveWhole()
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(index => index % 7 == 0 ? "€" : "ab"));
        await using var client = await Host.ConnectAsync(User("alice"));

        Assert.Equal(text, await client.InvokeAsync<string>("Echo", text));
        await client.InvokeAsync("Shout", text);
        Assert.Equal(text, await client.On("Echoed").NextAsync<string>());
    }

    [Fact]
    public async Task EveryMessageSurvivesReadsOfAFewBytesAtATime()
    {
        await using var client = await Host.ConnectAsync(User("alice"), new SignalRTestClientOptions { ReceiveBufferSize = 3 });

        Assert.Equal("señal €", await client.InvokeAsync<string>("Echo", "señal €"));
        await client.InvokeAsync("Shout", "🎓");
        Assert.Equal("🎓", await client.On("Echoed").NextAsync<string>());
    }

    [Fact]
    public async Task WaitForTakesMessagesUntilOneMatches()
    {
        await using var client = await Host.ConnectAsync(User("alice"));
        foreach (var position in new[] { "3", "2", "1" })
        {
            await client.InvokeAsync("Shout", position);
        }

        var first = await client.On("Echoed").WaitForAsync(message => message.Argument<string>() == "1", "position 1");

        Assert.Equal("Echoed(\"1\")", first.ToString());
        Assert.Equal(0, client.On("Echoed").Unread);
        Assert.Equal(3, client.Received("Echoed").Count);
    }

    [Fact]
    public async Task NextAsyncTimesOutNamingWhatItAwaited()
    {
        await using var client = await Host.ConnectAsync(User("alice"));
        await client.InvokeAsync("Shout", "only one");
        await client.On("Echoed").NextAsync();

        var timedOut = await Assert.ThrowsAsync<TimeoutException>(() => client.On("Echoed").WaitForAsync(_ => true, "anything", TimeSpan.FromMilliseconds(1)));

        Assert.Equal($"Timed out after 0.001 s waiting for the server to call 'Echoed' with anything on connection {client.ConnectionId}.", timedOut.Message);
    }

    [Fact]
    public async Task AnAccessTokenAuthenticatesTheConnection()
    {
        var alice = User("alice");
        await using var client = await Host.ConnectAsync(alice);

        Assert.Equal(alice, await client.InvokeAsync<string>("WhoAmI"));
        Assert.Equal(alice, await Host.Connections.ConnectedAsync(client.ConnectionId).WithTimeout("OnConnectedAsync"));
    }

    [Fact]
    public async Task ACookieAuthenticatesTheConnection()
    {
        var dora = User("dora");
        await using var client = await SignalRTestClient.ConnectAsync(Host.Echo, new SignalRTestClientOptions { Cookie = $"{TestAuthenticationHandler.Cookie}={dora}" });

        Assert.Equal(dora, await client.InvokeAsync<string>("WhoAmI"));
    }

    [Fact]
    public async Task ConnectingWithoutCredentialsIsRefusedAtNegotiate()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => SignalRTestClient.ConnectAsync(Host.Echo));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task AConnectionTheServerAbortsIsSeenAsClosed()
    {
        await using var client = await Host.ConnectAsync(User("alice"));

        await client.SendAsync("Abort");

        var closed = await client.Closed.WithTimeout("the client to see the server's abort");
        Assert.Equal(new HubClosed(HubCloseCause.CloseMessage, null, false), closed);
        var waiting = await Assert.ThrowsAsync<InvalidOperationException>(() => client.On("Notice").NextAsync());
        Assert.Equal($"The connection closed ({closed}) while waiting for the server to call 'Notice' on connection {client.ConnectionId}.", waiting.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.InvokeAsync("Nothing"));
    }

    [Fact]
    public async Task AConnectionTheClientAbortsIsSeenByTheServerAsLost()
    {
        var client = await Host.ConnectAsync(User("alice"));

        await client.AbortAsync();

        var disconnection = await Host.Connections.DisconnectedAsync(client.ConnectionId).WithTimeout("OnDisconnectedAsync after the client's abort");
        Assert.Equal(new HubClosed(HubCloseCause.ClientAborted, null, false), await client.Closed);
        Assert.Equal("The remote end closed the connection.", Assert.IsType<IOException>(disconnection.Exception).Message);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task AConnectionTheClientDisposesClosesCleanly()
    {
        var client = await Host.ConnectAsync(User("alice"));

        await client.DisposeAsync();

        var disconnection = await Host.Connections.DisconnectedAsync(client.ConnectionId).WithTimeout("OnDisconnectedAsync after the client's close");
        Assert.Null(disconnection.Exception);
        Assert.Equal(new HubClosed(HubCloseCause.ClientClosed, null, false), await client.Closed);
    }
}
