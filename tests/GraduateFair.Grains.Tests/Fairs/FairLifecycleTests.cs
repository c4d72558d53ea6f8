using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Fairs;

public sealed class FairLifecycleTests : EngineTests
{
    [Fact]
    public async Task AFairGoesFromScheduledToOpenToClosed()
    {
        var fairId = await Engine.CreateFairAsync(open: false);
        var created = await Engine.Fair(fairId).GetAsync();

        var opened = await Engine.Fair(fairId).OpenAsync();
        await Engine.Events.WaitForAsync<FairStatusRecord>("the fair's open status", e => e.FairId == fairId && e.Status == FairStatus.Open);
        var closed = await Engine.Fair(fairId).CloseAsync();
        await Engine.Events.WaitForAsync<FairStatusRecord>("the fair's closed status", e => e.FairId == fairId && e.Status == FairStatus.Closed);
        var listed = await Engine.Grain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey).ListAsync();

        Assert.Equal(FairStatus.Scheduled, created!.Status);
        Assert.Equal(FairTransitionKind.Changed, opened.Kind);
        Assert.Equal(FairStatus.Open, opened.Fair!.Status);
        Assert.Equal(FairTransitionKind.Changed, closed.Kind);
        Assert.Equal(FairStatus.Closed, closed.Fair!.Status);
        Assert.Equal(FairStatus.Closed, Assert.Single(listed).Status);
        Assert.Equal(
            [new FairStatusRecord(fairId, FairStatus.Open), new FairStatusRecord(fairId, FairStatus.Closed)],
            Engine.Events.Of<FairStatusRecord>());
    }

    [Fact]
    public async Task OpeningAnOpenFairAgainChangesNothing()
    {
        var fairId = await Engine.CreateFairAsync(open: false);
        await Engine.OpenFairAsync(fairId);

        var again = await Engine.Fair(fairId).OpenAsync();
        await Engine.Fair(fairId).CloseAsync();
        await Engine.Events.WaitForAsync<FairStatusRecord>("the fair's closed status", e => e.Status == FairStatus.Closed);

        Assert.Equal(FairTransitionKind.Unchanged, again.Kind);
        Assert.Equal(FairStatus.Open, again.Fair!.Status);
        Assert.Equal([FairStatus.Open, FairStatus.Closed], Engine.Events.Of<FairStatusRecord>().Select(e => e.Status));
    }

    [Fact]
    public async Task OpeningAClosedFairIsAConflictAndLeavesItClosed()
    {
        var fairId = await Engine.CreateFairAsync();
        await Engine.Fair(fairId).CloseAsync();

        var reopened = await Engine.Fair(fairId).OpenAsync();

        Assert.Equal(FairTransitionKind.Conflict, reopened.Kind);
        Assert.Equal("The fair is closed and cannot be opened again.", reopened.Message);
        Assert.Equal(FairStatus.Closed, reopened.Fair!.Status);
        Assert.Equal(FairStatus.Closed, (await Engine.Fair(fairId).GetAsync())!.Status);
    }

    [Fact]
    public async Task ClosingAClosedFairAgainChangesNothing()
    {
        var fairId = await Engine.CreateFairAsync();
        await Engine.Fair(fairId).CloseAsync();

        var again = await Engine.Fair(fairId).CloseAsync();

        Assert.Equal(FairTransitionKind.Unchanged, again.Kind);
        Assert.Equal(FairStatus.Closed, again.Fair!.Status);
    }

    [Fact]
    public async Task ABoothCannotBeAddedToAClosedFair()
    {
        var fairId = await Engine.CreateFairAsync();
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.Fair(fairId).CloseAsync();

        var added = await Engine.Fair(fairId).AddBoothAsync(new FairBooth("booth_late", booth.CompanyId, booth.CompanyName, "Late booth"));

        Assert.Equal(FairTransitionKind.Conflict, added.Kind);
        Assert.Equal("The fair is closed: no more booths can open in it.", added.Message);
        Assert.Equal([booth.BoothId], (await Engine.Fair(fairId).GetAsync())!.Booths.Select(b => b.BoothId));
        Assert.Null(await Engine.Queue("booth_late").GetLoadAsync());
    }

    [Theory]
    [InlineData(Theme.HardshipFamily, new PriorityGroup[0], new[] { PriorityGroup.HardshipFamily })]
    [InlineData(Theme.HardshipFamily, new[] { PriorityGroup.LowIncome }, new[] { PriorityGroup.HardshipFamily, PriorityGroup.LowIncome })]
    [InlineData(Theme.ZeroEmploymentFamily, new[] { PriorityGroup.ZeroEmploymentFamily }, new[] { PriorityGroup.ZeroEmploymentFamily })]
    [InlineData(Theme.Disability, new PriorityGroup[0], new[] { PriorityGroup.Disability })]
    [InlineData(Theme.General, new PriorityGroup[0], new PriorityGroup[0])]
    [InlineData(Theme.Industry, new[] { PriorityGroup.LowIncome }, new[] { PriorityGroup.LowIncome })]
    public async Task AThemedFairHasItsThemesGroupAmongItsPriorityGroups(Theme theme, PriorityGroup[] listed, PriorityGroup[] expected)
    {
        var fairId = await Engine.CreateFairAsync(theme, listed, open: false);

        var fair = await Engine.Fair(fairId).GetAsync();

        Assert.Equal(expected, fair!.PriorityGroups);
    }

    [Fact]
    public async Task AQueueOfAScheduledFairTakesGraduatesOnceTheFairOpens()
    {
        var fairId = await Engine.CreateFairAsync(open: false);
        var booth = await Engine.OpenBoothAsync(fairId);
        await Engine.GraduateAsync("ana");

        var early = await Engine.JoinAsync("ana", booth.BoothId);
        await Engine.Fair(fairId).OpenAsync();
        var later = await Engine.JoinAsync("ana", booth.BoothId);

        Assert.Equal(JoinOutcome.FairNotOpen, early.Outcome);
        Assert.Equal("The fair has not opened yet.", early.Queue!.Message);
        Assert.Equal(JoinOutcome.Joined, later.Outcome);
        Assert.Equal(1, later.Place.Position);
    }
}
