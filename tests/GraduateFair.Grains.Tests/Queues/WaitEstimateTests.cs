using GraduateFair.Grains.Events;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Queues;

/// <summary>position × mean of the booth's last 10 finished interviews (10 minutes before any) ÷ employers taking interviews (at least 1).</summary>
public sealed class WaitEstimateTests : EngineTests
{
    [Fact]
    public async Task BeforeAnyInterviewEachPlaceCountsTenMinutes()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben", "cai");

        var places = new List<QueuePlace>();
        foreach (var id in new[] { "ana", "ben", "cai" })
        {
            places.Add(await Engine.JoinedAsync(id, booth.BoothId));
        }

        Assert.Equal(
            [
                new QueuePlace(booth.BoothId, 1, 600, "about 10 minutes"),
                new QueuePlace(booth.BoothId, 2, 1200, "about 20 minutes"),
                new QueuePlace(booth.BoothId, 3, 1800, "about 30 minutes"),
            ],
            places);
        Assert.Equal(new BoothLoad(booth.BoothId, 3, 2400, "about 40 minutes", false), await Engine.Queue(booth.BoothId).GetLoadAsync());
    }

    [Fact]
    public async Task AfterInterviewsEachPlaceCountsTheirMeanLength()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var graduates = await Engine.GraduatesAsync("ana", "ben", "cai", "dan", "eva", "fay");
        foreach (var id in graduates.Take(5))
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        await Engine.InterviewAsync(booth, TimeSpan.FromMinutes(4));
        var room = await Engine.InterviewNextAsync(booth);
        Engine.Clock.Advance(TimeSpan.FromMinutes(6));
        var after = Engine.Events.Count;
        await Engine.EndRoomAsync(room);
        var update = await Engine.Events.WaitForAsync<QueuePositionsRecord>("estimates after the second interview", after: after);
        var joined = await Engine.JoinedAsync("fay", booth.BoothId);

        Assert.Equal(
            [
                new QueuePositionUpdate("cai", 1, 300, "about 5 minutes"),
                new QueuePositionUpdate("dan", 2, 600, "about 10 minutes"),
                new QueuePositionUpdate("eva", 3, 900, "about 15 minutes"),
            ],
            update.Updates);
        Assert.Equal(new QueuePlace(booth.BoothId, 2, 600, "about 10 minutes"), await Engine.PlaceAsync("dan", booth.BoothId));
        Assert.Equal(new QueuePlace(booth.BoothId, 4, 1200, "about 20 minutes"), joined);
        Assert.Equal(new BoothLoad(booth.BoothId, 4, 1500, "about 25 minutes", false), await Engine.Queue(booth.BoothId).GetLoadAsync());
    }

    [Fact]
    public async Task EmployersTakingInterviewsShareTheWait()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(), "Northwind", "emp-north-1", "emp-north-2");
        var graduates = await Engine.GraduatesAsync("ana", "ben", "cai", "dan", "eva", "fay");
        foreach (var id in graduates)
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        await Engine.InterviewAsync(booth, TimeSpan.FromMinutes(5), "emp-north-1");
        await Engine.InviteNextAsync(booth, "emp-north-1");
        var oneEmployer = await Engine.PlaceAsync("cai", booth.BoothId);
        var after = Engine.Events.Count;
        await Engine.InviteNextAsync(booth, "emp-north-2");
        var update = await Engine.Events.WaitForAsync<QueuePositionsRecord>("estimates once two employers take interviews", e => e.BoothId == booth.BoothId, after);

        Assert.Equal(new QueuePlace(booth.BoothId, 1, 300, "about 5 minutes"), oneEmployer);
        Assert.Equal(
            [
                new QueuePositionUpdate("dan", 1, 150, "about 3 minutes"),
                new QueuePositionUpdate("eva", 2, 300, "about 5 minutes"),
                new QueuePositionUpdate("fay", 3, 450, "about 8 minutes"),
            ],
            update.Updates);
    }

    [Fact]
    public async Task OnlyTheLastTenInterviewsCount()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var graduates = Enumerable.Range(1, 12).Select(i => $"grad{i:D2}").ToArray();
        await Engine.GraduatesAsync(graduates);
        foreach (var id in graduates)
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        await Engine.InterviewAsync(booth, TimeSpan.FromMinutes(30));
        var afterOne = await Engine.PlaceAsync("grad12", booth.BoothId);
        for (var i = 0; i < 10; i++)
        {
            await Engine.InterviewAsync(booth, TimeSpan.FromMinutes(3));
        }

        Assert.Equal(new QueuePlace(booth.BoothId, 11, 11 * 30 * 60, "about 5 hours, 30 minutes"), afterOne);
        Assert.Equal(new QueuePlace(booth.BoothId, 1, 180, "about 3 minutes"), await Engine.PlaceAsync("grad12", booth.BoothId));
    }
}
