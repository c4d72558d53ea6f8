using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Queues;

public sealed class CallNextTests : EngineTests
{
    [Fact]
    public async Task CallNextInvitesTheFirstWaitingGraduateForNinetySeconds()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId, "Fabrikam");
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        var now = Engine.Clock.GetUtcNow();

        var invitation = await Engine.InviteNextAsync(booth);
        var id = invitation.InvitationId;

        var expected = new InvitationRecord(id, booth.BoothId, fairId, booth.CompanyId, "Fabrikam", "ana", booth.Employer, now, now.AddSeconds(90), InvitationStatus.Pending, null);
        Assert.Equal(expected, invitation);
        Assert.Equal(expected, await Engine.InvitationAsync(id));
        Assert.Equal(new HeldInvitation(id, booth.BoothId, "Fabrikam", now.AddSeconds(90)), (await Engine.Graduate("ana").GetActivityAsync()).Invitation);
        Assert.Equal(new InvitedRecord("ana", new(id, booth.BoothId, "Fabrikam", now.AddSeconds(90))), Assert.Single(Engine.Events.Of<InvitedRecord>()));
        Assert.Equal(new EmployerCurrent(id, null, "ana", "Ana Chen", now.AddSeconds(90)), (await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer))!.Current);
        Assert.Equal(["ben"], await Engine.ServingOrderAsync(booth));
        Assert.Null(await Engine.PlaceAsync("ana", booth.BoothId));
        Assert.Equal([booth.BoothId], await Engine.SlotsOfAsync("ana"));
    }

    [Fact]
    public async Task AGraduateWhoSharedExtraTimeHasOneHundredEightySecondsToAccept()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana", [Domain.Graduates.Accommodation.ExtraTime, Domain.Graduates.Accommodation.Captions]);
        await Engine.JoinedAsync("ana", booth.BoothId);

        var invitation = await Engine.InviteNextAsync(booth);

        Assert.Equal(invitation.IssuedAt.AddSeconds(180), invitation.ExpiresAt);
    }

    [Fact]
    public async Task AGraduateHoldingAnInvitationElsewhereIsSkippedAndKeepsTheirPlace()
    {
        var fairId = await Engine.CreateFairAsync();
        var a = await Engine.OpenBoothAsync(fairId);
        var b = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben", "cai");
        await Engine.JoinedAsync("ana", a.BoothId);
        await Engine.JoinedAsync("ben", a.BoothId);
        await Engine.JoinedAsync("cai", a.BoothId);
        await Engine.JoinedAsync("ana", b.BoothId);
        var atB = await Engine.InviteNextAsync(b);

        var atA = await Engine.InviteNextAsync(a);
        var anaAtA = await Engine.PlaceAsync("ana", a.BoothId);
        await Engine.DeclineAsync(atB);
        await Engine.DeclineAsync(atA);
        var next = await Engine.InviteNextAsync(a);

        Assert.Equal("ana", atB.GraduateId);
        Assert.Equal("ben", atA.GraduateId);
        Assert.Equal(1, anaAtA!.Position);
        Assert.Equal("ana", next.GraduateId);
    }

    [Fact]
    public async Task AGraduateInAnInterviewIsBusyForEveryOtherQueueAndFreeAgainAfterIt()
    {
        var fairId = await Engine.CreateFairAsync();
        var a = await Engine.OpenBoothAsync(fairId);
        var b = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", a.BoothId);
        await Engine.JoinedAsync("ben", a.BoothId);
        await Engine.JoinedAsync("ana", b.BoothId);
        var room = await Engine.InterviewNextAsync(b);

        var during = await Engine.InviteNextAsync(a);
        var anaDuring = await Engine.PlaceAsync("ana", a.BoothId);
        await Engine.DeclineAsync(during);
        var nobody = await Engine.CallNextAsync(a);
        await Engine.EndRoomAsync(room);
        var after = await Engine.InviteNextAsync(a);

        Assert.Equal("ana", room.GraduateId);
        Assert.Equal("ben", during.GraduateId);
        Assert.Equal(new QueuePlace(a.BoothId, 1, 600, "about 10 minutes"), anaDuring);
        Assert.Equal(CallNextOutcome.NobodyAvailable, nobody.Outcome);
        Assert.Equal("Nobody in the queue can be invited right now.", nobody.Message);
        Assert.Equal("ana", after.GraduateId);
    }

    [Fact]
    public async Task AnOfflineGraduateIsSkippedAndKeepsTheirPlace()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben", "cai");
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        Engine.Presence.GoOffline("ana");
        var whileOffline = await Engine.InviteNextAsync(booth);
        var anaWhileOffline = await Engine.PlaceAsync("ana", booth.BoothId);
        await Engine.DeclineAsync(whileOffline);
        Engine.Presence.ComeOnline("ana");
        var back = await Engine.InviteNextAsync(booth);

        Assert.Equal("ben", whileOffline.GraduateId);
        Assert.Equal(1, anaWhileOffline!.Position);
        Assert.Equal("ana", back.GraduateId);
    }

    [Fact]
    public async Task AcceptingOpensARoomWithThatEmployerAndThatGraduate()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId, "Fabrikam", "emp-fab-1", "emp-fab-2");
        var other = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana", [Domain.Graduates.Accommodation.TextChat]);
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ana", other.BoothId);
        var invitation = await Engine.InviteNextAsync(booth, "emp-fab-2");
        Engine.Clock.Advance(TimeSpan.FromSeconds(30));
        var now = Engine.Clock.GetUtcNow();

        var answer = await Engine.AcceptAsync(invitation);
        var roomId = answer.RoomId!;
        var answered = await Engine.Events.WaitForAsync<InvitationAnsweredRecord>("the employer to hear ana accepted", e => e.Answer.InvitationId == invitation.InvitationId);

        Assert.Equal(AnswerOutcome.Accepted, answer.Outcome);
        var entry = new EmployerQueueEntry("ana", "Ana Chen", "Wuhan University", Domain.Graduates.Discipline.Engineering, Domain.Graduates.Degree.Bachelor, 2026, [Domain.Graduates.Accommodation.TextChat]);
        var room = (await Engine.RoomAsync(roomId))!;
        Assert.Equal(
            new RoomRecord(roomId, booth.BoothId, fairId, booth.CompanyId, "Fabrikam", invitation.InvitationId, "emp-fab-2", "ana", room.Graduate, now, null, null, null),
            room);
        Assert.Equal(entry with { Accommodations = room.Graduate.Accommodations }, room.Graduate);
        Assert.Equal([Domain.Graduates.Accommodation.TextChat], room.Graduate.Accommodations);
        Assert.Equal(invitation with { Status = InvitationStatus.Accepted, RoomId = roomId }, await Engine.InvitationAsync(invitation.InvitationId));
        Assert.Equal(new GraduateActivity(null, new CurrentRoom(roomId, booth.BoothId, "Fabrikam", invitation.InvitationId)), await Engine.Graduate("ana").GetActivityAsync());
        Assert.Equal(new InvitationAnsweredRecord("emp-fab-2", new(invitation.InvitationId, booth.BoothId, "ana", InvitationStatus.Accepted, roomId)), answered);
        Assert.Equal([other.BoothId], await Engine.SlotsOfAsync("ana"));
        Assert.Equal(new EmployerCurrent(null, roomId, "ana", "Ana Chen", null), (await Engine.Queue(booth.BoothId).GetEmployerViewAsync("emp-fab-2"))!.Current);
        Assert.Null((await Engine.Queue(booth.BoothId).GetEmployerViewAsync("emp-fab-1"))!.Current);
    }

    [Fact]
    public async Task DecliningFreesTheEmployerToCallAgainAndTakesTheGraduateOutOfTheQueue()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);
        var busy = await Engine.CallNextAsync(booth);

        var after = Engine.Events.Count;
        var declined = await Engine.DeclineAsync(invitation);
        var answered = await Engine.Events.WaitForAsync<InvitationAnsweredRecord>("the employer to hear ana declined", after: after);
        var left = await Engine.Events.WaitForAsync<QueueLeftRecord>("ana to leave the queue", after: after);
        var next = await Engine.InviteNextAsync(booth);

        Assert.Equal(CallNextOutcome.EmployerBusy, busy.Outcome);
        Assert.Equal(AnswerOutcome.Declined, declined.Outcome);
        Assert.Equal(new InvitationAnsweredRecord(booth.Employer, new(invitation.InvitationId, booth.BoothId, "ana", InvitationStatus.Declined, null)), answered);
        Assert.Equal(new QueueLeftRecord("ana", booth.BoothId, Domain.Queues.QueueLeaveReason.Declined), left);
        Assert.Equal(InvitationStatus.Declined, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Equal(new GraduateActivity(null, null), await Engine.Graduate("ana").GetActivityAsync());
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
        Assert.Equal("ben", next.GraduateId);
    }

    [Fact]
    public async Task AnEmployerWithAnInvitationInFlightOrAnInterviewRunningCannotCallNext()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(), "Fabrikam", "emp-fab-1", "emp-fab-2");
        await Engine.GraduatesAsync("ana", "ben", "cai");
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var invitation = await Engine.InviteNextAsync(booth, "emp-fab-1");
        var withInvitation = await Engine.CallNextAsync(booth, "emp-fab-1");
        var colleague = await Engine.InviteNextAsync(booth, "emp-fab-2");
        await Engine.AcceptAsync(invitation);
        var withRoom = await Engine.CallNextAsync(booth, "emp-fab-1");

        Assert.Equal(CallNextOutcome.EmployerBusy, withInvitation.Outcome);
        Assert.Equal("You have an invitation waiting for an answer: finish it before calling the next graduate.", withInvitation.Message);
        Assert.Null(withInvitation.Invitation);
        Assert.Equal("ben", colleague.GraduateId);
        Assert.Equal(CallNextOutcome.EmployerBusy, withRoom.Outcome);
        Assert.Equal("You have an interview running: finish it before calling the next graduate.", withRoom.Message);
        Assert.Equal(["cai"], await Engine.ServingOrderAsync(booth));
    }

    [Fact]
    public async Task APausedBoothTakesJoinsButInvitesNobodyUntilResumed()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);

        var paused = await Engine.Queue(booth.BoothId).SetPausedAsync(true);
        var joined = await Engine.JoinAsync("ben", booth.BoothId);
        var refused = await Engine.CallNextAsync(booth);
        var view = await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer);
        var resumed = await Engine.Queue(booth.BoothId).SetPausedAsync(false);
        var invited = await Engine.InviteNextAsync(booth);

        Assert.Equal(new BoothLoad(booth.BoothId, 1, 1200, "about 20 minutes", true), paused);
        Assert.Equal(JoinOutcome.Joined, joined.Outcome);
        Assert.Equal(2, joined.Place.Position);
        Assert.Equal(CallNextOutcome.Paused, refused.Outcome);
        Assert.Equal("The booth is paused: resume it to invite graduates.", refused.Message);
        Assert.True(view!.Paused);
        Assert.False(resumed!.Paused);
        Assert.Equal("ana", invited.GraduateId);
    }

    [Fact]
    public async Task AGraduateCanAnswerOnlyTheirOwnInvitation()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);

        var accepted = await Engine.Queue(booth.BoothId).AcceptAsync(invitation.InvitationId, "ben");
        var declined = await Engine.Queue(booth.BoothId).DeclineAsync(invitation.InvitationId, "ben");

        Assert.Equal(AnswerOutcome.NotYours, accepted.Outcome);
        Assert.Equal(AnswerOutcome.NotYours, declined.Outcome);
        Assert.Equal(InvitationStatus.Pending, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Equal(AnswerOutcome.NotOpen, (await Engine.Queue(booth.BoothId).AcceptAsync("inv_unknown", "ana")).Outcome);
    }

    [Fact]
    public async Task OnlyTheRoomsEmployerEndsItAndOnlyOnce()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(), "Fabrikam", "emp-fab-1", "emp-fab-2");
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        var room = await Engine.InterviewNextAsync(booth, "emp-fab-1");
        Engine.Clock.Advance(TimeSpan.FromMinutes(12));

        var byColleague = await Engine.Queue(booth.BoothId).EndRoomAsync(room.RoomId, "emp-fab-2", Domain.Interviews.InterviewOutcome.Reject, null);
        var ended = await Engine.EndRoomAsync(room, Domain.Interviews.InterviewOutcome.Advance, "Second round next week.");
        var again = await Engine.EndRoomAsync(room, Domain.Interviews.InterviewOutcome.Reject);
        var roomEnded = await Engine.Events.WaitForAsync<RoomEndedRecord>("the room to end");

        Assert.Equal(EndRoomOutcome.NotYours, byColleague.Outcome);
        Assert.Equal(EndRoomOutcome.Ended, ended.Outcome);
        Assert.Equal(room with { EndedAt = room.StartedAt.AddMinutes(12), Outcome = Domain.Interviews.InterviewOutcome.Advance, Notes = "Second round next week." }, ended.Room);
        Assert.Equal(EndRoomOutcome.NotRunning, again.Outcome);
        Assert.Equal(new RoomEndedRecord(room.RoomId, "emp-fab-1", "ana", Domain.Interviews.InterviewOutcome.Advance), roomEnded);
        Assert.Single(Engine.Events.Of<RoomEndedRecord>());
        Assert.Equal(new GraduateActivity(null, null), await Engine.Graduate("ana").GetActivityAsync());
        Assert.True(await Engine.Queue(booth.BoothId).IsInvolvedAsync("ana"));
    }
}
