using GraduateFair.Server.Tests.Hubs.Client.TestHub;
using Xunit.Abstractions;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>The official JavaScript client, driven by tests/node/signalr-probe.mjs, against the test hub on Kestrel.</summary>
[Trait("Category", "Node")]
public sealed class SignalRProbeTests(KestrelTestHubHostFixture fixture, ITestOutputHelper output) : IClassFixture<KestrelTestHubHostFixture>
{
    private TestHubHost Host => fixture.Host;

    private static string User(string name) => $"{name}-{Guid.NewGuid():N}";

    [Fact]
    public async Task AScenarioInvokesReceivesEventsAndReconnectsAfterADroppedConnection()
    {
        var alice = User("alice");
        var bob = User("bob");

        var run = await SignalRProbe.RunScenarioAsync(new
        {
            hubUrl = Host.EchoUrl,
            connections = new Dictionary<string, object>
            {
                ["alice"] = new { accessToken = alice, reconnect = SignalRProbe.Args(0, 0, 1000) },
                ["bob"] = new { accessToken = bob, accessTokenInQuery = true },
            },
            steps = new object[]
            {
                new { @do = "connect", @as = "alice" },
                new { @do = "connect", @as = "bob" },
                new { @do = "invoke", @as = "alice", method = "WhoAmI", expect = alice },
                new { @do = "invoke", @as = "bob", method = "Promote", args = SignalRProbe.Args(new Badge("mentor", 2)), expect = new { level = 3 } },
                new { @do = "invoke", @as = "alice", method = "Refuse", args = SignalRProbe.Args("not yours"), expectError = "An unexpected error occurred invoking 'Refuse' on the server. HubException: not yours" },
                new { @do = "send", @as = "bob", method = "Notify", args = SignalRProbe.Args(alice, "your turn") },
                new { @do = "expectEvent", @as = "alice", method = "Notice", args = SignalRProbe.Args("your turn") },
                new { @do = "drop", @as = "alice" },
                new { @do = "expectReconnecting", @as = "alice" },
                new { @do = "expectReconnected", @as = "alice" },
                new { @do = "invoke", @as = "bob", method = "Notify", args = SignalRProbe.Args(alice, "welcome back") },
                new { @do = "expectEvent", @as = "alice", method = "Notice", args = SignalRProbe.Args("welcome back") },
                new { @do = "stop", @as = "alice" },
                new { @do = "expectClosed", @as = "alice", error = (string?)null },
            },
        });

        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(14, run.Steps.Count);
        var first = run.Step(0)["connectionId"]!.GetValue<string>();
        var second = run.Step(9)["connectionId"]!.GetValue<string>();
        Assert.NotEqual(first, second);
        Assert.Equal(alice, await Host.Connections.ConnectedAsync(second).WithTimeout("the reconnected connection at the server"));
        Assert.Equal(first, (await Host.Connections.DisconnectedAsync(first).WithTimeout("the server to see the dropped connection")).ConnectionId);
        Assert.Equal(["[\"your turn\"]", "[\"welcome back\"]"], run.Events("alice", "Notice").Select(args => args.ToJsonString()));
    }

    [Fact]
    public async Task AFailedExpectationStopsTheScenarioAndExitsWithOne()
    {
        var run = await SignalRProbe.RunScenarioAsync(new
        {
            hubUrl = Host.EchoUrl,
            connections = new { alice = new { accessToken = User("alice") } },
            steps = new object[]
            {
                new { @do = "connect", @as = "alice" },
                new { @do = "invoke", @as = "alice", method = "Echo", args = SignalRProbe.Args("a"), expect = "b" },
                new { @do = "invoke", @as = "alice", method = "Echo", args = SignalRProbe.Args("never") },
            },
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Steps.Count);
        Assert.Equal("Echo returned \"a\", expected \"b\"", run.Step(1)["error"]!.GetValue<string>());
        Assert.False(run.Lines[^1]["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AnHttpStepAnswersTheStatusAndTheBody()
    {
        var run = await SignalRProbe.RunScenarioAsync(new
        {
            hubUrl = Host.EchoUrl,
            steps = new object[]
            {
                new { @do = "http", method = "POST", path = TestHubHost.ScriptedPath + "/negotiate", expectStatus = 200 },
                new { @do = "http", method = "GET", path = "/nowhere", expectStatus = 200 },
            },
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(ScriptedServer.ConnectionId, run.Step(0)["body"]!["connectionId"]!.GetValue<string>());
        Assert.Equal("GET /nowhere answered 404, expected 200: ", run.Step(1)["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnreadableScenarioExitsWithTwo()
    {
        var run = await SignalRProbe.RunScenarioAsync(new { connections = new { } });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("cannot read the scenario: the scenario has no hubUrl", run.Lines[^1]["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task StepByStepTheTestActsBetweenTheProbesSteps()
    {
        var graduate = User("graduate");
        await using var probe = await SignalRProbe.StartAsync(new
        {
            hubUrl = Host.EchoUrl,
            connections = new { graduate = new { accessToken = graduate, reconnect = true } },
            steps = new object[] { new { @do = "connect", @as = "graduate" } },
        });
        await using var employer = await Host.ConnectAsync(User("employer"));

        await employer.InvokeAsync("Notify", graduate, "position 2");
        var received = await probe.StepAsync(new { @do = "expectEvent", @as = "graduate", method = "Notice" });
        await probe.StepAsync(new { @do = "drop", @as = "graduate" });
        var reconnected = await probe.StepAsync(new { @do = "expectReconnected", @as = "graduate" });
        await employer.InvokeAsync("Notify", graduate, "position 1");
        var failed = await probe.TryStepAsync(new { @do = "expectEvent", @as = "graduate", method = "Notice", args = SignalRProbe.Args("position 2") });

        Assert.Equal("[\"position 2\"]", received["args"]!.ToJsonString());
        Assert.Equal(graduate, await Host.Connections.ConnectedAsync(reconnected["connectionId"]!.GetValue<string>()).WithTimeout("the reconnection at the server"));
        Assert.Equal("graduate received Notice with [\"position 1\"], expected [\"position 2\"]", failed["error"]!.GetValue<string>());
        Assert.Equal(1, await probe.FinishAsync());
    }

    [Fact]
    public async Task WithStatefulReconnectADroppedConnectionResumesAndMissesNothing()
    {
        var graduate = User("graduate");
        await using var probe = await SignalRProbe.StartAsync(new
        {
            hubUrl = Host.EchoUrl,
            connections = new { graduate = new { accessToken = graduate, reconnect = true, statefulReconnect = true } },
            steps = new object[] { new { @do = "connect", @as = "graduate" } },
        });
        await using var employer = await Host.ConnectAsync(User("employer"));

        await probe.StepAsync(new { @do = "drop", @as = "graduate" });
        await employer.InvokeAsync("Notify", graduate, "sent while dropped");
        await probe.StepAsync(new { @do = "expectEvent", @as = "graduate", method = "Notice", args = SignalRProbe.Args("sent while dropped") });
        var echoed = await probe.StepAsync(new { @do = "invoke", @as = "graduate", method = "Echo", args = SignalRProbe.Args("still here") });

        output.WriteLine(string.Join('\n', probe.Lines.Select(line => line.ToJsonString())));
        Assert.Equal("still here", echoed["result"]!.GetValue<string>());
        Assert.DoesNotContain(probe.Lines, line => line["lifecycle"] is not null);
        Assert.Equal(0, await probe.FinishAsync());
    }
}
