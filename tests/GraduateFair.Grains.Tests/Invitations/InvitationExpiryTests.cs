using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Invitations;

public sealed class InvitationExpiryTests : EngineTests
{
    [Fact]
    public async Task AnInvitationExpiresNinetySecondsAfterItWasIssuedAndNotBefore()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);

        Engine.Clock.Advance(TimeSpan.FromSeconds(89));
        var justBefore = await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer);
        var statusJustBefore = (await Engine.InvitationAsync(invitation.InvitationId))!.Status;
        var expired = await Engine.LetExpireAsync(invitation);

        Assert.Equal(invitation.InvitationId, justBefore!.Current!.InvitationId);
        Assert.Equal(InvitationStatus.Pending, statusJustBefore);
        Assert.Equal(new InvitationExpiredRecord("ana", booth.Employer, invitation.InvitationId, booth.BoothId), expired);
        Assert.Equal(invitation.IssuedAt.AddSeconds(90), Engine.Clock.GetUtcNow());
        Assert.Equal(InvitationStatus.Expired, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Null((await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer))!.Current);
    }

    [Fact]
    public async Task TheFirstExpiryAtABoothMovesTheGraduateBackThreePlaces()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var graduates = await Engine.GraduatesAsync("ana", "ben", "cai", "dan", "eva");
        foreach (var id in graduates)
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var invitation = await Engine.InviteNextAsync(booth);
        var after = Engine.Events.Count;

        await Engine.LetExpireAsync(invitation);
        var moved = await Engine.Events.WaitForAsync<QueuePositionsRecord>("positions after ana's invitation expired", after: after);

        Assert.Equal(["ben", "cai", "dan", "ana", "eva"], await Engine.ServingOrderAsync(booth));
        Assert.Equal(new QueuePlace(booth.BoothId, 4, 2400, "about 40 minutes"), await Engine.PlaceAsync("ana", booth.BoothId));
        // The employer is free again, so every estimate may change: the whole line is republished.
        Assert.Equal(
            [
                new QueuePositionUpdate("ben", 1, 600, "about 10 minutes"),
                new QueuePositionUpdate("cai", 2, 1200, "about 20 minutes"),
                new QueuePositionUpdate("dan", 3, 1800, "about 30 minutes"),
                new QueuePositionUpdate("ana", 4, 2400, "about 40 minutes"),
                new QueuePositionUpdate("eva", 5, 3000, "about 50 minutes"),
            ],
            moved.Updates);
        Assert.Equal([booth.BoothId], await Engine.SlotsOfAsync("ana"));
        Assert.Equal(new GraduateActivity(null, null), await Engine.Graduate("ana").GetActivityAsync());
        Assert.Empty(Engine.Events.Of<QueueLeftRecord>());
    }

    [Fact]
    public async Task TheSecondExpiryAtTheSameBoothRemovesTheGraduateAsANoShow()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        await Engine.LetExpireAsync(await Engine.InviteNextAsync(booth));
        await Engine.DeclineAsync(await Engine.InviteNextAsync(booth));
        var second = await Engine.InviteNextAsync(booth);
        var after = Engine.Events.Count;

        await Engine.LetExpireAsync(second);
        var left = await Engine.Events.WaitForAsync<QueueLeftRecord>("ana to be removed as a no-show", e => e.GraduateId == "ana", after);

        Assert.Equal("ana", second.GraduateId);
        Assert.Equal(new QueueLeftRecord("ana", booth.BoothId, QueueLeaveReason.NoShow), left);
        Assert.Empty(await Engine.ServingOrderAsync(booth));
        Assert.Null(await Engine.PlaceAsync("ana", booth.BoothId));
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
        Assert.Equal(InvitationStatus.Expired, (await Engine.InvitationAsync(second.InvitationId))!.Status);
    }

    [Fact]
    public async Task ExpiriesCountPerBoothAndSurviveLeavingAndRejoining()
    {
        var fairId = await Engine.CreateFairAsync();
        var a = await Engine.OpenBoothAsync(fairId);
        var b = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", a.BoothId);
        await Engine.JoinedAsync("ana", b.BoothId);
        await Engine.LetExpireAsync(await Engine.InviteNextAsync(a));

        await Engine.LetExpireAsync(await Engine.InviteNextAsync(b));
        var atB = await Engine.PlaceAsync("ana", b.BoothId);
        await Engine.LeaveAsync("ana", a.BoothId);
        await Engine.JoinedAsync("ana", a.BoothId);
        await Engine.LetExpireAsync(await Engine.InviteNextAsync(a));

        Assert.Equal(1, atB!.Position);
        Assert.Null(await Engine.PlaceAsync("ana", a.BoothId));
        Assert.Equal([b.BoothId], await Engine.SlotsOfAsync("ana"));
    }

    [Fact]
    public async Task AnExpiryFreesTheEmployerToCallAgain()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        await Engine.LetExpireAsync(await Engine.InviteNextAsync(booth));

        var next = await Engine.InviteNextAsync(booth);

        Assert.Equal("ben", next.GraduateId);
    }

    [Fact]
    public async Task AcceptingAfterTheInvitationExpiredFailsAndOpensNoRoom()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);
        await Engine.LetExpireAsync(invitation);

        var late = await Engine.AcceptAsync(invitation);

        Assert.Equal(AnswerOutcome.NotOpen, late.Outcome);
        Assert.Null(late.RoomId);
        Assert.Equal(InvitationStatus.Expired, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Equal(new GraduateActivity(null, null), await Engine.Graduate("ana").GetActivityAsync());
        Assert.Null((await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer))!.Current);
        Assert.Equal(["ana"], await Engine.ServingOrderAsync(booth));
    }

    [Fact]
    public async Task AnAnsweredInvitationDoesNotExpireLater()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);
        var answer = await Engine.AcceptAsync(invitation);

        Engine.Clock.Advance(TimeSpan.FromMinutes(3));
        var view = await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer);

        Assert.Equal(answer.RoomId, view!.Current!.RoomId);
        Assert.Equal(InvitationStatus.Accepted, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Empty(Engine.Events.Of<InvitationExpiredRecord>());
    }
}
