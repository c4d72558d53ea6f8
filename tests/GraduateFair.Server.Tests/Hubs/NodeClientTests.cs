using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;
using Xunit.Abstractions;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>
/// The official JavaScript client (<c>@microsoft/signalr</c> under Node, through
/// tests/node/signalr-probe.mjs) against the real server process: what the web app will see.
/// </summary>
[Trait("Category", "Node")]
public sealed class NodeClientTests(ServerProcessFixture fixture, ITestOutputHelper output) : IClassFixture<ServerProcessFixture>
{
    private readonly Story _story = new(fixture.Server.CreateClient());

    [Fact]
    public async Task APositionGoesFrom2To1LiveWhenTheGraduateAheadIsCalledWhoHearsInvited()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var ahead = await _story.GraduateAsync("Ahead");
        var behind = await _story.GraduateAsync("Behind");
        await using var probe = await StartAsync(new { ahead = Connection(ahead), behind = Connection(behind) });

        await _story.JoinAsync(ahead, boothId);
        await _story.JoinAsync(behind, boothId);
        await probe.StepAsync(ExpectEvent("behind", "QueuePosition", new { boothId, position = 2 }));
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        await probe.StepAsync(ExpectEvent("behind", "QueuePosition", new { boothId, position = 1 }));
        await probe.StepAsync(ExpectEvent("ahead", "Invited", new { invitationId = called.Text("invitationId"), boothId, companyName = "Wuhan Optics Ltd" }));

        Assert.Equal(ahead.UserId, called.Text("graduateId"));
        Assert.Equal(0, await probe.FinishAsync());
    }

    [Fact]
    public async Task TheTwoParticipantsOfARoomExchangeSignalsAndChat()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Interviewee");
        await using var probe = await StartAsync(new { employer = Connection(employer), graduate = Connection(graduate) });
        await _story.JoinAsync(graduate, boothId);
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: graduate.Token);
        var roomId = accepted.Text("roomId");
        var offer = new { type = "offer", sdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" };

        await probe.StepAsync(new { @do = "invoke", @as = "graduate", method = "JoinRoom", args = SignalRProbe.Args(roomId), expect = new { roomId, employerId = employer.UserId, graduateId = graduate.UserId } });
        await probe.StepAsync(new { @do = "invoke", @as = "employer", method = "JoinRoom", args = SignalRProbe.Args(roomId), expect = new { roomId } });
        await probe.StepAsync(ExpectEvent("graduate", "RoomJoined", new { roomId, userId = employer.UserId }));
        await probe.StepAsync(new { @do = "invoke", @as = "employer", method = "Signal", args = SignalRProbe.Args(roomId, offer) });
        await probe.StepAsync(ExpectEvent("graduate", "RoomSignal", new { roomId, fromUserId = employer.UserId, payload = offer }));
        await probe.StepAsync(new { @do = "invoke", @as = "graduate", method = "Signal", args = SignalRProbe.Args(roomId, new { type = "answer", sdp = "v=0\r\n" }) });
        await probe.StepAsync(ExpectEvent("employer", "RoomSignal", new { roomId, fromUserId = graduate.UserId, payload = new { type = "answer" } }));
        await probe.StepAsync(new { @do = "invoke", @as = "graduate", method = "Chat", args = SignalRProbe.Args(roomId, "我用文字回答，可以吗？") });
        await probe.StepAsync(ExpectEvent("employer", "RoomMessage", new { roomId, fromUserId = graduate.UserId, text = "我用文字回答，可以吗？" }));
        await probe.StepAsync(ExpectEvent("graduate", "RoomMessage", new { roomId, fromUserId = graduate.UserId, text = "我用文字回答，可以吗？" }));
        var (_, transcript) = await _story.Client.GetAsync($"/api/rooms/{roomId}/transcript", employer.Token);

        Assert.Equal(["我用文字回答，可以吗？"], transcript!.AsArray().Select(m => m.Text("text")));
        Assert.Equal(0, await probe.FinishAsync());
    }

    [Fact]
    public async Task AConnectionThatDropsAndComesBackHearsItsPositionAgain()
    {
        var (_, _, boothId) = await _story.OpenBoothAsync();
        await _story.JoinAsync(await _story.GraduateAsync("First"), boothId);
        var graduate = await _story.GraduateAsync("Flaky Network");
        await using var probe = await StartAsync(new { graduate = Connection(graduate, reconnect: SignalRProbe.Args(0, 500, 1000)) });

        await _story.JoinAsync(graduate, boothId);
        await probe.StepAsync(ExpectEvent("graduate", "QueuePosition", new { boothId, position = 2 }));
        await probe.StepAsync(new { @do = "drop", @as = "graduate" });
        await probe.StepAsync(new { @do = "expectReconnecting", @as = "graduate" });
        await probe.StepAsync(new { @do = "expectReconnected", @as = "graduate" });
        var again = await probe.StepAsync(ExpectEvent("graduate", "QueuePosition", new { boothId, position = 2, etaText = "about 20 minutes" }));

        Assert.Equal(0, await probe.FinishAsync());
        Assert.Equal(boothId, again["args"]![0]!["boothId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStatefulConnectionThatDropsGetsWhatWasSentMeanwhile()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var ahead = await _story.GraduateAsync("Ahead");
        var graduate = await _story.GraduateAsync("Stateful Network");
        await using var probe = await StartAsync(new { ahead = Connection(ahead), graduate = Connection(graduate, stateful: true) });
        await _story.JoinAsync(ahead, boothId);
        await _story.JoinAsync(graduate, boothId);
        await probe.StepAsync(ExpectEvent("graduate", "QueuePosition", new { boothId, position = 2 }));

        await probe.StepAsync(new { @do = "drop", @as = "graduate" });
        await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        await probe.StepAsync(ExpectEvent("graduate", "QueuePosition", new { boothId, position = 1 }));

        Assert.Equal(0, await probe.FinishAsync());
    }

    [Fact]
    public async Task AnEmployerOfAnotherCompanyIsRefusedWatchBooth()
    {
        var organiser = await _story.OrganiserAsync();
        var (owner, _, boothId) = await _story.OpenBoothAsync(organiser);
        var (stranger, _, _) = await _story.OpenBoothAsync(organiser);
        await using var probe = await StartAsync(new { owner = Connection(owner), stranger = Connection(stranger, inQuery: true) });

        await probe.StepAsync(new
        {
            @do = "invoke",
            @as = "stranger",
            method = "WatchBooth",
            args = SignalRProbe.Args(boothId),
            expectError = HubErrors.Refused("WatchBooth", "Only the employers of this booth's company can do that."),
        });
        await probe.StepAsync(new { @do = "invoke", @as = "owner", method = "WatchBooth", args = SignalRProbe.Args(boothId), expect = new { boothId, waiting = 0 } });

        Assert.Equal(0, await probe.FinishAsync());
    }

    private static object Connection(Session session, object?[]? reconnect = null, bool stateful = false, bool inQuery = false) =>
        new { accessToken = session.Token, accessTokenInQuery = inQuery, reconnect = (object?)reconnect ?? false, statefulReconnect = stateful };

    private static object ExpectEvent(string who, string method, object argument) =>
        new { @do = "expectEvent", @as = who, method, args = SignalRProbe.Args(argument), skipOthers = true, timeoutMs = 15_000 };

    /// <summary>Starts the probe with the connections, each connected.</summary>
    private async Task<SignalRProbe> StartAsync(object connections)
    {
        var names = connections.GetType().GetProperties().Select(p => p.Name).ToList();
        var probe = await SignalRProbe.StartAsync(new
        {
            hubUrl = fixture.HubUrl,
            timeoutMs = 15_000,
            connections,
            steps = names.Select(name => (object)new { @do = "connect", @as = name }).ToArray(),
        });
        output.WriteLine($"probe connected: {string.Join(", ", names)}");
        return probe;
    }
}
