using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Fairs;

public sealed class FairClosingTests : EngineTests
{
    [Fact]
    public async Task ClosingAFairEmptiesEveryBoothsQueueAndGivesEachGraduateTheirPlaceBack()
    {
        var fairId = await Engine.CreateFairAsync();
        var a = await Engine.OpenBoothAsync(fairId);
        var b = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben", "cai", "dan");
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            await Engine.JoinedAsync(id, a.BoothId);
        }

        await Engine.JoinedAsync("ben", b.BoothId);
        await Engine.JoinedAsync("dan", b.BoothId);
        var before = Engine.Events.Count;

        await Engine.Fair(fairId).CloseAsync();
        foreach (var (graduate, booth) in new[] { ("ana", a), ("ben", a), ("cai", a), ("ben", b), ("dan", b) })
        {
            await Engine.Events.WaitForAsync<QueueLeftRecord>(
                $"{graduate} to leave {booth.CompanyName}'s queue because the fair closed",
                e => e.GraduateId == graduate && e.BoothId == booth.BoothId,
                before);
        }

        await Engine.Events.WaitForAsync<BoothQueueRecord>("booth A's empty queue", e => e.BoothId == a.BoothId && e.Waiting == 0, before);
        await Engine.Events.WaitForAsync<BoothQueueRecord>("booth B's empty queue", e => e.BoothId == b.BoothId && e.Waiting == 0, before);

        Assert.All(Engine.Events.Of<QueueLeftRecord>(), e => Assert.Equal(QueueLeaveReason.FairClosed, e.Reason));
        Assert.Equal(5, Engine.Events.Of<QueueLeftRecord>().Count);
        Assert.Empty(await Engine.ServingOrderAsync(a));
        Assert.Empty(await Engine.ServingOrderAsync(b));
        Assert.Equal(0, (await Engine.Queue(a.BoothId).GetLoadAsync())!.Waiting);
        Assert.Null(await Engine.PlaceAsync("ben", b.BoothId));
        foreach (var id in new[] { "ana", "ben", "cai", "dan" })
        {
            Assert.Empty(await Engine.SlotsOfAsync(id));
        }
    }

    [Fact]
    public async Task ClosingAFairCancelsUnstartedInvitationsAndClearsThemFromTheirGraduates()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);
        var before = Engine.Events.Count;

        await Engine.Fair(fairId).CloseAsync();
        var expired = await Engine.Events.WaitForAsync<InvitationExpiredRecord>("the employer and ana to hear the invitation ended", after: before);
        var left = await Engine.Events.WaitForAsync<QueueLeftRecord>("ana to leave the queue", e => e.GraduateId == "ana", before);

        Assert.Equal(InvitationStatus.Cancelled, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Null((await Engine.Graduate("ana").GetActivityAsync()).Invitation);
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
        Assert.Equal(new InvitationExpiredRecord("ana", booth.Employer, invitation.InvitationId, booth.BoothId), expired);
        Assert.Equal(QueueLeaveReason.FairClosed, left.Reason);
        Assert.Null((await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer))!.Current);
        Assert.Equal(AnswerOutcome.NotOpen, (await Engine.AcceptAsync(invitation)).Outcome);

        // The cancelled invitation does not expire again later.
        Engine.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(InvitationStatus.Cancelled, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Single(Engine.Events.Of<InvitationExpiredRecord>());
    }

    [Fact]
    public async Task InterviewsRunningWhenTheFairClosesGoOnUntilTheEmployerEndsThem()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        var room = await Engine.InterviewNextAsync(booth);

        await Engine.Fair(fairId).CloseAsync();
        await Engine.Events.WaitForAsync<QueueLeftRecord>("ben to leave the queue", e => e.GraduateId == "ben");
        var during = await Engine.RoomAsync(room.RoomId);
        var activity = await Engine.Graduate("ana").GetActivityAsync();
        var view = await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer);
        Engine.Clock.Advance(TimeSpan.FromMinutes(7));
        var ended = await Engine.EndRoomAsync(room, InterviewOutcome.Offer, "Strong candidate.");
        await Engine.Events.WaitForAsync<RoomEndedRecord>("the room to end");

        Assert.Null(during!.EndedAt);
        Assert.Equal(room.RoomId, activity.Room?.RoomId);
        Assert.Equal(room.RoomId, view!.Current?.RoomId);
        Assert.Equal(EndRoomOutcome.Ended, ended.Outcome);
        Assert.Equal(InterviewOutcome.Offer, ended.Room!.Outcome);
        Assert.Equal(room.StartedAt.AddMinutes(7), ended.Room.EndedAt);
        Assert.Null((await Engine.Graduate("ana").GetActivityAsync()).Room);
        Assert.Equal([new QueueLeftRecord("ben", booth.BoothId, QueueLeaveReason.FairClosed)], Engine.Events.Of<QueueLeftRecord>());
    }

    [Fact]
    public async Task NobodyCanBeCalledOnceTheFairClosed()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.Fair(fairId).CloseAsync();

        var next = await Engine.CallNextAsync(booth);

        Assert.Equal(CallNextOutcome.FairNotOpen, next.Outcome);
        Assert.Equal("The fair is closed.", next.Message);
    }

    [Fact]
    public async Task JoiningAQueueOfAClosedFairFailsAndKeepsNoPlace()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");
        await Engine.Fair(fairId).CloseAsync();

        var attempt = await Engine.JoinAsync("ana", booth.BoothId);

        Assert.Equal(JoinOutcome.FairNotOpen, attempt.Outcome);
        Assert.Equal("The fair is closed.", attempt.Queue!.Message);
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
        Assert.Empty(await Engine.ServingOrderAsync(booth));
    }

    [Fact]
    public async Task AFairWhoseQueuesWereAllToldItsStatusReadsAfterARestartWithoutWakingThem()
    {
        var fairId = await Engine.CreateFairAsync();
        await Engine.OpenBoothAsync(fairId);
        await Engine.OpenBoothAsync(fairId);
        await Engine.Fair(fairId).CloseAsync();
        await Engine.RestartGracefullyAsync();

        var fair = await Engine.Fair(fairId).GetAsync();

        Assert.Equal(Domain.Fairs.FairStatus.Closed, fair!.Status);
        Assert.Equal(1, Engine.Cluster.ActivationCount);
    }
}
