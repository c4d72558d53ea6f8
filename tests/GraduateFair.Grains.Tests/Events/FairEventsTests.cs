using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Events;

/// <summary>What grains tell the hub, and to whom.</summary>
public sealed class FairEventsTests : EngineTests
{
    [Fact]
    public async Task AfterCallNextEveryoneBehindHearsTheirNewPosition()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var graduates = await Engine.GraduatesAsync("ana", "ben", "cai", "dan", "eva");
        foreach (var id in graduates)
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var after = Engine.Events.Count;

        await Engine.InviteNextAsync(booth);
        var positions = await Engine.Events.WaitForAsync<QueuePositionsRecord>("positions after call next", after: after);
        var count = await Engine.Events.WaitForAsync<BoothQueueRecord>("the waiting count after call next", after: after);

        Assert.Equal(booth.BoothId, positions.BoothId);
        Assert.Equal(
            [
                new QueuePositionUpdate("ben", 1, 600, "about 10 minutes"),
                new QueuePositionUpdate("cai", 2, 1200, "about 20 minutes"),
                new QueuePositionUpdate("dan", 3, 1800, "about 30 minutes"),
                new QueuePositionUpdate("eva", 4, 2400, "about 40 minutes"),
            ],
            positions.Updates);
        Assert.Equal(new BoothQueueRecord(booth.BoothId, 4), count);
    }

    [Fact]
    public async Task TheBoothsEmployersHearEveryChangeOfTheWaitingCount()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben", "cai");

        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var invitation = await Engine.InviteNextAsync(booth);
        await Engine.LeaveAsync("cai", booth.BoothId);
        await Engine.LetExpireAsync(invitation);

        Assert.Equal([1, 2, 3, 2, 1, 2], Engine.Events.Of<BoothQueueRecord>().Select(e => e.Waiting));
        Assert.All(Engine.Events.Of<BoothQueueRecord>(), e => Assert.Equal(booth.BoothId, e.BoothId));
    }

    [Fact]
    public async Task AnInterviewsEventsReachTheGraduateAndTheEmployer()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(), "Fabrikam");
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);

        var first = await Engine.InviteNextAsync(booth);
        await Engine.LetExpireAsync(first);
        var second = await Engine.InviteNextAsync(booth);
        var room = (await Engine.RoomAsync((await Engine.AcceptAsync(second)).RoomId!))!;
        await Engine.EndRoomAsync(room, InterviewOutcome.Offer);

        Assert.Equal(
            [
                new InvitedRecord("ana", new(first.InvitationId, booth.BoothId, "Fabrikam", first.ExpiresAt)),
                new InvitedRecord("ben", new(second.InvitationId, booth.BoothId, "Fabrikam", second.ExpiresAt)),
            ],
            Engine.Events.Of<InvitedRecord>());
        Assert.Equal([new InvitationExpiredRecord("ana", booth.Employer, first.InvitationId, booth.BoothId)], Engine.Events.Of<InvitationExpiredRecord>());
        Assert.Equal(
            [new InvitationAnsweredRecord(booth.Employer, new(second.InvitationId, booth.BoothId, "ben", InvitationStatus.Accepted, room.RoomId))],
            Engine.Events.Of<InvitationAnsweredRecord>());
        Assert.Equal([new RoomEndedRecord(room.RoomId, booth.Employer, "ben", InterviewOutcome.Offer)], Engine.Events.Of<RoomEndedRecord>());
        Assert.Empty(Engine.Events.Of<QueueLeftRecord>());
    }

    [Fact]
    public async Task AGraduateWhoLeavesWhileInvitedDeclinesAndHearsTheyLeft()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);

        var left = await Engine.LeaveAsync("ana", booth.BoothId);
        var answered = await Engine.Events.WaitForAsync<InvitationAnsweredRecord>("the employer to hear ana declined");
        var leftEvent = await Engine.Events.WaitForAsync<QueueLeftRecord>("ana to hear she left");

        Assert.True(left);
        Assert.Equal(InvitationStatus.Declined, answered.Answer.Status);
        Assert.Equal(new QueueLeftRecord("ana", booth.BoothId, QueueLeaveReason.Declined), leftEvent);
        Assert.Equal(InvitationStatus.Declined, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
    }
}
