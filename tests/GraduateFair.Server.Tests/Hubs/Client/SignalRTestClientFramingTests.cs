using System.Text;
using GraduateFair.Server.Tests.Hubs.Client.TestHub;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>
/// The test client against a scripted server that sends exactly the frames a test asks for:
/// what a real hub does only by chance (several records in one frame, a record split inside a
/// character) or only with stateful reconnect (acks, sequence messages).
/// </summary>
public sealed class SignalRTestClientFramingTests(TestHubHostFixture fixture) : IClassFixture<TestHubHostFixture>
{
    private const string Rs = "\u001e";

    private ScriptedServer Scripted => fixture.Host.Scripted;

    [Fact]
    public async Task TheHandshakeResponseAndTwoMessagesInOneFrameAreAllDelivered()
    {
        var script = Scripted.RunNext(async server =>
        {
            Assert.Equal("""{"protocol":"json","version":1}""", await server.ReceiveRecordAsync());
            await server.SendFrameAsync($$"""{}{{Rs}}{"type":1,"target":"Tick","arguments":[1]}{{Rs}}{"type":1,"target":"Tick","arguments":[2]}{{Rs}}""");
            await server.WaitForClientCloseAsync();
        });

        await using (var client = await SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint))
        {
            Assert.Equal(1, await client.On("Tick").NextAsync<int>());
            Assert.Equal(2, await client.On("Tick").NextAsync<int>());
        }

        await script.WithTimeout("the script");
    }

    [Fact]
    public async Task AMessageSplitAcrossFramesInsideACharacterArrivesWhole()
    {
        var script = Scripted.RunNext(async server =>
        {
            await server.ReceiveRecordAsync();
            await server.SendFrameAsync("{}" + Rs);
            var message = Encoding.UTF8.GetBytes($$"""{"type":1,"target":"Chat","arguments":["ça va? 🎓"]}{{Rs}}""");
            var inside = Array.IndexOf(message, (byte)0xC3) + 1;
            await server.SendFrameAsync(message.AsMemory(0, inside), endOfMessage: false);
            await server.SendFrameAsync(message.AsMemory(inside, 10), endOfMessage: false);
            await server.SendFrameAsync(message.AsMemory(inside + 10));
            await server.WaitForClientCloseAsync();
        });

        await using (var client = await SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint))
        {
            Assert.Equal("ça va? 🎓", await client.On("Chat").NextAsync<string>());
        }

        await script.WithTimeout("the script");
    }

    [Fact]
    public async Task PingsAcksSequenceMessagesAndUnknownTypesAreTolerated()
    {
        var script = Scripted.RunNext(async server =>
        {
            await server.ReceiveRecordAsync();
            await server.SendFrameAsync($$"""{}{{Rs}}{"type":6}{{Rs}}{"type":9,"sequenceId":1}{{Rs}}{"type":8,"sequenceId":4}{{Rs}}""");
            await server.SendFrameAsync($$$"""{"type":42,"what":"future"}{{{Rs}}}{"type":2,"invocationId":"9","item":1}{{{Rs}}}{"type":1,"target":"Tick","arguments":[7],"headers":{"x":"y"}}{{{Rs}}}""");
            await server.WaitForClientCloseAsync();
        });

        await using (var client = await SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint))
        {
            Assert.Equal(7, await client.On("Tick").NextAsync<int>());
            Assert.Equal(1, client.PingsReceived);
            Assert.False(client.Closed.IsCompleted);
        }

        await script.WithTimeout("the script");
    }

    [Fact]
    public async Task ACloseMessageWithAnErrorEndsTheConnectionAndFailsWhatWaits()
    {
        var invocationSent = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = Scripted.RunNext(async server =>
        {
            await server.ReceiveRecordAsync();
            await server.SendFrameAsync("{}" + Rs);
            invocationSent.SetResult(await server.ReceiveRecordAsync());
            await server.SendFrameAsync($$"""{"type":7,"error":"Server is shutting down.","allowReconnect":true}{{Rs}}""");
            await server.CloseAsync();
        });
        await using var client = await SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint);

        var invocation = client.InvokeAsync<string>("Echo", "hello");
        Assert.Equal("""{"type":1,"invocationId":"1","target":"Echo","arguments":["hello"]}""", await invocationSent.Task.WithTimeout("the invocation at the server"));

        var closed = await client.Closed.WithTimeout("the close message");
        Assert.Equal(new HubClosed(HubCloseCause.CloseMessage, "Server is shutting down.", true), closed);
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => invocation);
        Assert.Equal("The connection closed (CloseMessage: Server is shutting down. (reconnect allowed)) before 'Echo' (invocation 1) completed.", failed.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.On("Tick").NextAsync());
        await script.WithTimeout("the script");
    }

    [Fact]
    public async Task ASocketClosedWithoutACloseMessageIsReportedAsSuch()
    {
        var script = Scripted.RunNext(async server =>
        {
            await server.ReceiveRecordAsync();
            await server.SendFrameAsync("{}" + Rs);
            await server.CloseAsync();
        });
        await using var client = await SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint);

        var closed = await client.Closed.WithTimeout("the WebSocket close");

        Assert.Equal(new HubClosed(HubCloseCause.SocketClosed, "The server closed the WebSocket (NormalClosure script done) without a close message.", false), closed);
        await script.WithTimeout("the script");
    }

    [Fact]
    public async Task ARefusedHandshakeFailsTheConnectWithTheServersError()
    {
        var script = Scripted.RunNext(async server =>
        {
            await server.ReceiveRecordAsync();
            await server.SendFrameAsync($$"""{"error":"Requested protocol 'json' is not available."}{{Rs}}""");
        });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint));

        Assert.Equal("The server refused the handshake: Requested protocol 'json' is not available.", refused.Message);
        await script.WithTimeout("the script");
    }

    [Fact]
    public async Task SomethingThatIsNotTheProtocolAbortsTheConnection()
    {
        var script = Scripted.RunNext(async server =>
        {
            await server.ReceiveRecordAsync();
            await server.SendFrameAsync($"{{}}{Rs}<html>{Rs}");
        });
        await using var client = await SignalRTestClient.ConnectAsync(fixture.Host.ScriptedEndpoint);

        var closed = await client.Closed.WithTimeout("the protocol error");

        Assert.Equal(HubCloseCause.ProtocolError, closed.Cause);
        Assert.StartsWith("Not the SignalR JSON protocol: '<' is an invalid start of a value.", closed.Error, StringComparison.Ordinal);
        await script.WithTimeout("the script");
    }
}
