using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Queues;

public sealed class ConcurrencyTests : EngineTests
{
    [Fact]
    public async Task GraduatesJoiningAtOnceGetDistinctPositionsInServingOrder()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var graduates = Enumerable.Range(1, 50).Select(i => $"g{i:D2}").ToArray();
        await Engine.GraduatesAsync(graduates);

        var places = await Task.WhenAll(graduates.Select(id => Task.Run(() => Engine.JoinedAsync(id, booth.BoothId))));
        var order = await Engine.ServingOrderAsync(booth);

        Assert.Equal(Enumerable.Range(1, 50), places.Select(p => p.Position).Order());
        Assert.Equal(
            order,
            graduates.Zip(places).OrderBy(pair => pair.Second.Position).Select(pair => pair.First));
    }

    [Fact]
    public async Task JoiningSixQueuesAtOnceTakesExactlyFive()
    {
        var fairId = await Engine.CreateFairAsync();
        var booths = new List<TestBooth>();
        for (var i = 0; i < 6; i++)
        {
            booths.Add(await Engine.OpenBoothAsync(fairId));
        }

        await Engine.GraduateAsync("ana");

        var attempts = await Task.WhenAll(booths.Select(b => Task.Run(() => Engine.JoinAsync("ana", b.BoothId))));
        var slots = await Engine.SlotsOfAsync("ana");

        Assert.Equal(5, attempts.Count(a => a.Outcome == JoinOutcome.Joined));
        var refused = Assert.Single(attempts, a => a.Slot == QueueSlotOutcome.LimitReached);
        Assert.Null(refused.Queue);
        Assert.Equal(5, slots.Count);
        foreach (var booth in booths)
        {
            var waits = (await Engine.ServingOrderAsync(booth)).Contains("ana");
            Assert.Equal(slots.Contains(booth.BoothId), waits);
        }
    }

    [Fact]
    public async Task TwoBoothsCallingAtOnceNeverInviteTheSameGraduateTwice()
    {
        var fairId = await Engine.CreateFairAsync();
        var a = await Engine.OpenBoothAsync(fairId);
        var b = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduatesAsync("ana", "ben", "cai");
        foreach (var booth in new[] { a, b })
        {
            foreach (var id in new[] { "ana", "ben", "cai" })
            {
                await Engine.JoinedAsync(id, booth.BoothId);
            }
        }

        var invitations = await Task.WhenAll(Task.Run(() => Engine.InviteNextAsync(a)), Task.Run(() => Engine.InviteNextAsync(b)));

        Assert.Equal(["ana", "ben"], invitations.Select(i => i.GraduateId).Order(StringComparer.Ordinal));
        var held = (await Engine.Graduate("ana").GetActivityAsync()).Invitation;
        Assert.Contains(invitations, i => i.InvitationId == held!.InvitationId);
    }

    [Fact]
    public async Task TwoEmployersOfOneBoothCallingAtOnceInviteTwoGraduatesInOrder()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(), "Fabrikam", "emp-fab-1", "emp-fab-2");
        await Engine.GraduatesAsync("ana", "ben", "cai");
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var invitations = await Task.WhenAll(
            Task.Run(() => Engine.InviteNextAsync(booth, "emp-fab-1")),
            Task.Run(() => Engine.InviteNextAsync(booth, "emp-fab-2")));

        Assert.Equal(["ana", "ben"], invitations.Select(i => i.GraduateId).Order(StringComparer.Ordinal));
        Assert.Equal(["emp-fab-1", "emp-fab-2"], invitations.Select(i => i.EmployerId).Order(StringComparer.Ordinal));
        Assert.Equal(["cai"], await Engine.ServingOrderAsync(booth));
    }
}
