using System.Net;
using System.Text.Json;
using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>The interview room on the hub: joining, WebRTC signalling, chat with its transcript, and the end.</summary>
public sealed class RoomTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task JoiningTheRoomAnswersWhoIsInItAndTellsTheOtherParticipant()
    {
        await using var room = await OpenRoomAsync();

        var joined = await room.EmployerHub.InvokeAsync<JoinedRoomDto>("JoinRoom", room.RoomId);
        var told = await room.GraduateHub.On("RoomJoined").NextAsync<RoomJoinedDto>();

        Assert.Equal((room.RoomId, room.BoothId, room.Employer.UserId, room.Graduate.UserId, null, null), (joined.RoomId, joined.BoothId, joined.EmployerId, joined.GraduateId, joined.EndedAt, joined.Outcome));
        Assert.Equal(new RoomJoinedDto(room.RoomId, room.Employer.UserId), told);
    }

    [Fact]
    public async Task SignalsGoToTheOtherParticipantOnlyAsTheyWereSent()
    {
        await using var room = await OpenRoomAsync();
        var offer = JsonSerializer.SerializeToElement(new { type = "offer", sdp = "v=0\r\no=- 4611 2 IN IP4 127.0.0.1\r\n", candidates = new[] { 1, 2 } });
        var answer = JsonSerializer.SerializeToElement(new { type = "answer", sdp = "v=0\r\n" });

        await room.EmployerHub.InvokeAsync("Signal", room.RoomId, offer);
        var atGraduate = await room.GraduateHub.On("RoomSignal").NextAsync<RoomSignalDto>();
        await room.GraduateHub.InvokeAsync("Signal", room.RoomId, answer);
        var atEmployer = await room.EmployerHub.On("RoomSignal").NextAsync<RoomSignalDto>();

        Assert.Equal((room.RoomId, room.Employer.UserId, offer.GetRawText()), (atGraduate.RoomId, atGraduate.FromUserId, atGraduate.Payload.GetRawText()));
        Assert.Equal((room.RoomId, room.Graduate.UserId, answer.GetRawText()), (atEmployer.RoomId, atEmployer.FromUserId, atEmployer.Payload.GetRawText()));
        Assert.Single(room.EmployerHub.Received("RoomSignal"));
    }

    [Fact]
    public async Task ASignalOfMoreThan16KBIsRefused()
    {
        await using var room = await OpenRoomAsync();
        var largest = JsonSerializer.SerializeToElement(new string('a', (16 * 1024) - 2));
        var tooLarge = JsonSerializer.SerializeToElement(new string('a', (16 * 1024) - 1));

        var marker = JsonSerializer.SerializeToElement(new { type = "candidate" });

        await room.EmployerHub.InvokeAsync("Signal", room.RoomId, largest);
        var relayed = await room.GraduateHub.On("RoomSignal").NextAsync<RoomSignalDto>();
        var refused = await Assert.ThrowsAsync<HubException>(() => room.EmployerHub.InvokeAsync("Signal", room.RoomId, tooLarge));
        await room.EmployerHub.InvokeAsync("Signal", room.RoomId, marker);
        var next = await room.GraduateHub.On("RoomSignal").NextAsync<RoomSignalDto>();

        Assert.Equal(largest.GetRawText(), relayed.Payload.GetRawText());
        Assert.Equal(HubErrors.Refused("Signal", "A signal may be at most 16 KB of JSON; this one is 16,385 bytes."), refused.Message);
        Assert.Equal(marker.GetRawText(), next.Payload.GetRawText());
    }

    [Fact]
    public async Task ChatGoesToBothAndStaysInTheTranscript()
    {
        await using var room = await OpenRoomAsync();

        await room.GraduateHub.InvokeAsync("Chat", room.RoomId, "  你好，我可以用文字面试吗？ ");
        var first = await room.EmployerHub.On("RoomMessage").NextAsync<RoomMessageDto>();
        var echo = await room.GraduateHub.On("RoomMessage").NextAsync<RoomMessageDto>();
        _app.Clock.Advance(TimeSpan.FromSeconds(5));
        await room.EmployerHub.InvokeAsync("Chat", room.RoomId, "Of course.");
        var second = await room.GraduateHub.On("RoomMessage").NextAsync<RoomMessageDto>();
        var (status, transcript) = await _story.Client.GetAsync($"/api/rooms/{room.RoomId}/transcript", room.Graduate.Token);

        Assert.Equal(new RoomMessageDto(room.RoomId, room.Graduate.UserId, "你好，我可以用文字面试吗？", first.SentAt), first);
        Assert.Equal(first, echo);
        Assert.Equal(new RoomMessageDto(room.RoomId, room.Employer.UserId, "Of course.", first.SentAt.AddSeconds(5)), second);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            [(room.Graduate.UserId, "你好，我可以用文字面试吗？", first.SentAt), (room.Employer.UserId, "Of course.", second.SentAt)],
            transcript!.AsArray().Select(m => (m.Text("fromUserId"), m.Text("text"), m!["sentAt"]!.GetValue<DateTimeOffset>())));
    }

    [Fact]
    public async Task AChatMessageHasOneTo2000Characters()
    {
        await using var room = await OpenRoomAsync();

        var empty = await Assert.ThrowsAsync<HubException>(() => room.GraduateHub.InvokeAsync("Chat", room.RoomId, "   "));
        var tooLong = await Assert.ThrowsAsync<HubException>(() => room.GraduateHub.InvokeAsync("Chat", room.RoomId, new string('字', 2001)));
        await room.GraduateHub.InvokeAsync("Chat", room.RoomId, new string('字', 2000));
        var (_, transcript) = await _story.Client.GetAsync($"/api/rooms/{room.RoomId}/transcript", room.Employer.Token);

        Assert.Equal(HubErrors.Refused("Chat", "A chat message needs some text."), empty.Message);
        Assert.Equal(HubErrors.Refused("Chat", "A chat message may be at most 2,000 characters; this one is 2,001."), tooLong.Message);
        Assert.Equal(2000, Assert.Single(transcript!.AsArray())!.Text("text")!.Length);
    }

    [Fact]
    public async Task OnlyTheRoomsParticipantsMayJoinSignalOrChat()
    {
        await using var room = await OpenRoomAsync();
        var (outsiderEmployer, _, _) = await _story.OpenBoothAsync();
        await using var employerOutsider = await _app.ConnectHubAsync(outsiderEmployer);
        var graduateOutsider = _story.Hub(await _story.GraduateAsync("Outsider"));
        var payload = JsonSerializer.SerializeToElement(new { type = "offer" });

        var refusals = new List<string>();
        foreach (var outsider in new[] { employerOutsider, graduateOutsider })
        {
            refusals.Add((await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync("JoinRoom", room.RoomId))).Message);
            refusals.Add((await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync("Signal", room.RoomId, payload))).Message);
            refusals.Add((await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync("Chat", room.RoomId, "hello"))).Message);
        }

        var unknown = await Assert.ThrowsAsync<HubException>(() => room.GraduateHub.InvokeAsync("JoinRoom", "room_nope"));

        string[] methods = ["JoinRoom", "Signal", "Chat"];
        Assert.Equal(
            methods.Concat(methods).Select(m => HubErrors.Refused(m, "Only the room's participants can do that.")),
            refusals);
        Assert.Equal(HubErrors.Refused("JoinRoom", "There is no interview room with this id."), unknown.Message);
        Assert.Empty(room.GraduateHub.Received("RoomSignal"));
        Assert.Empty(room.GraduateHub.Received("RoomMessage"));
    }

    [Fact]
    public async Task EndingTheRoomTellsBothAndClosesChatAndSignalling()
    {
        await using var room = await OpenRoomAsync();

        var (ended, _) = await _story.Client.PostAsync($"/api/rooms/{room.RoomId}/end", new { outcome = "offer" }, room.Employer.Token);
        var atGraduate = await room.GraduateHub.On("RoomEnded").NextAsync<RoomEndedDto>();
        var atEmployer = await room.EmployerHub.On("RoomEnded").NextAsync<RoomEndedDto>();
        var chat = await Assert.ThrowsAsync<HubException>(() => room.GraduateHub.InvokeAsync("Chat", room.RoomId, "Thank you!"));
        var signal = await Assert.ThrowsAsync<HubException>(() => room.EmployerHub.InvokeAsync("Signal", room.RoomId, JsonSerializer.SerializeToElement(new { type = "bye" })));
        var joined = await room.GraduateHub.InvokeAsync<JoinedRoomDto>("JoinRoom", room.RoomId);

        Assert.Equal(HttpStatusCode.OK, ended);
        Assert.Equal(new RoomEndedDto(room.RoomId, "offer"), atGraduate);
        Assert.Equal(atGraduate, atEmployer);
        Assert.Equal(HubErrors.Refused("Chat", "This interview has ended: the chat is closed."), chat.Message);
        Assert.Equal(HubErrors.Refused("Signal", "This interview has ended."), signal.Message);
        Assert.Equal("offer", joined.Outcome);
        Assert.NotNull(joined.EndedAt);
        Assert.Empty(room.EmployerHub.Received("RoomJoined"));
    }

    private async Task<OpenRoom> OpenRoomAsync()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Interviewee");
        await _story.JoinAsync(graduate, boothId);
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: graduate.Token);
        var employerHub = await _app.ConnectHubAsync(employer);
        return new OpenRoom(boothId, accepted.Text("roomId")!, employer, graduate, employerHub, _story.Hub(graduate));
    }

    private sealed record OpenRoom(string BoothId, string RoomId, Session Employer, Session Graduate, SignalRTestClient EmployerHub, SignalRTestClient GraduateHub) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => EmployerHub.DisposeAsync();
    }
}
