using GraduateFair.Grains.Events;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Queues;

public sealed class JoinTests : EngineTests
{
    [Fact]
    public async Task JoiningAgainKeepsTheFirstPlaceAndTakesNoSecondSlot()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);

        var again = await Engine.JoinAsync("ana", booth.BoothId);

        Assert.Equal(QueueSlotOutcome.AlreadyHeld, again.Slot);
        Assert.Equal(JoinOutcome.AlreadyWaiting, again.Outcome);
        Assert.Equal(new QueuePlace(booth.BoothId, 1, 600, "about 10 minutes"), again.Place);
        Assert.Equal(["ana", "ben"], await Engine.ServingOrderAsync(booth));
        Assert.Equal([booth.BoothId], await Engine.SlotsOfAsync("ana"));
    }

    [Fact]
    public async Task JoiningAQueueOfAFairThatIsNotOpenFailsAndKeepsNoPlace()
    {
        var fairId = await Engine.CreateFairAsync(open: false);
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");

        var attempt = await Engine.JoinAsync("ana", booth.BoothId);

        Assert.Equal(QueueSlotOutcome.Reserved, attempt.Slot);
        Assert.Equal(JoinOutcome.FairNotOpen, attempt.Outcome);
        Assert.Null(attempt.Queue!.Place);
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
        Assert.Null(await Engine.PlaceAsync("ana", booth.BoothId));
    }

    [Fact]
    public async Task TheSixthQueueIsRefusedAndChangesNothing()
    {
        var fairId = await Engine.CreateFairAsync();
        var booths = new List<TestBooth>();
        for (var i = 0; i < 6; i++)
        {
            booths.Add(await Engine.OpenBoothAsync(fairId));
        }

        await Engine.GraduateAsync("ana");
        foreach (var booth in booths.Take(5))
        {
            await Engine.JoinedAsync("ana", booth.BoothId);
        }

        var slotsBefore = await Engine.Graduate("ana").GetQueueSlotsAsync();

        var sixth = await Engine.JoinAsync("ana", booths[5].BoothId);
        var slotsAfter = await Engine.Graduate("ana").GetQueueSlotsAsync();

        Assert.Equal(QueueSlotOutcome.LimitReached, sixth.Slot);
        Assert.Null(sixth.Queue);
        Assert.Equal(GraduateGrain.MaxQueues, slotsAfter.Count);
        Assert.Equal(slotsBefore, slotsAfter);
        Assert.Equal(booths.Take(5).Select(b => b.BoothId), slotsAfter.Select(s => s.BoothId));
        Assert.Empty(await Engine.ServingOrderAsync(booths[5]));
        Assert.DoesNotContain(Engine.Events.All, e => e is QueuePositionsRecord p && p.BoothId == booths[5].BoothId);
    }

    [Fact]
    public async Task AGraduateWhoLeftAQueueCanTakeAnotherInItsPlace()
    {
        var fairId = await Engine.CreateFairAsync();
        var booths = new List<TestBooth>();
        for (var i = 0; i < 6; i++)
        {
            booths.Add(await Engine.OpenBoothAsync(fairId));
        }

        await Engine.GraduateAsync("ana");
        foreach (var booth in booths.Take(5))
        {
            await Engine.JoinedAsync("ana", booth.BoothId);
        }

        var left = await Engine.LeaveAsync("ana", booths[2].BoothId);
        var sixth = await Engine.JoinAsync("ana", booths[5].BoothId);

        Assert.True(left);
        Assert.Equal(JoinOutcome.Joined, sixth.Outcome);
        Assert.Equal(
            new[] { booths[0], booths[1], booths[3], booths[4], booths[5] }.Select(b => b.BoothId).Order(StringComparer.Ordinal),
            (await Engine.SlotsOfAsync("ana")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PositionOneIsTheNextToBeInvited()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben", "cai");

        var places = new List<QueuePlace>();
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            places.Add(await Engine.JoinedAsync(id, booth.BoothId));
        }

        var first = await Engine.InviteNextAsync(booth);

        Assert.Equal([1, 2, 3], places.Select(p => p.Position));
        Assert.Equal("ana", first.GraduateId);
        Assert.Equal(1, (await Engine.PlaceAsync("ben", booth.BoothId))!.Position);
        Assert.Equal(2, (await Engine.PlaceAsync("cai", booth.BoothId))!.Position);
    }

    [Fact]
    public async Task LeavingMovesEveryoneBehindUpAndGivesTheSlotBack()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben", "cai");
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var before = Engine.Events.Count;

        var left = await Engine.LeaveAsync("ana", booth.BoothId);
        var update = await Engine.Events.WaitForAsync<QueuePositionsRecord>("positions after ana left", after: before);
        var count = await Engine.Events.WaitForAsync<BoothQueueRecord>("the waiting count after ana left", after: before);
        var leftAgain = await Engine.LeaveAsync("ana", booth.BoothId);

        Assert.True(left);
        Assert.False(leftAgain);
        Assert.Equal(["ben", "cai"], await Engine.ServingOrderAsync(booth));
        Assert.Empty(await Engine.SlotsOfAsync("ana"));
        Assert.Equal(
            [new QueuePositionUpdate("ben", 1, 600, "about 10 minutes"), new QueuePositionUpdate("cai", 2, 1200, "about 20 minutes")],
            update.Updates);
        Assert.Equal(2, count.Waiting);
    }

    [Fact]
    public async Task AGraduateHoldingAnInvitationFromTheBoothCannotJoinItsQueueAgainAndKeepsTheirSlot()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.InviteNextAsync(booth);

        var again = await Engine.JoinAsync("ana", booth.BoothId);

        Assert.Equal(QueueSlotOutcome.AlreadyHeld, again.Slot);
        Assert.Equal(JoinOutcome.HoldsInvitation, again.Outcome);
        Assert.Equal([booth.BoothId], await Engine.SlotsOfAsync("ana"));
    }

    [Fact]
    public async Task AQueueWithoutABoothRefusesToJoin()
    {
        await Engine.GraduateAsync("ana");
        var candidate = (await Engine.Graduate("ana").ReserveQueueSlotAsync(new QueueSlotRequest("booth_none", "fair_none", [], "Ana Chen"))).Candidate!;

        var joined = await Engine.Queue("booth_none").JoinAsync(candidate);

        Assert.Equal(JoinOutcome.NoSuchBooth, joined.Outcome);
    }
}
