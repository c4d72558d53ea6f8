using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class WaitingLinePositionTests
{
    public static TheoryData<int, int, int> SmallLines()
    {
        var data = new TheoryData<int, int, int>();
        for (var c = 0; c <= 2; c++)
        {
            for (var p = 0; p <= 9; p++)
            {
                for (var r = 0; r <= 9; r++)
                {
                    data.Add(p, r, c);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SmallLines))]
    public void ClosedFormPositionsMatchASimulationOfTheServingRule(int priorityCount, int regularCount, int counter)
    {
        var (priority, regular) = Lanes(priorityCount, regularCount);
        var line = WaitingLine.Restore(Snapshot(priority, regular, counter));

        var simulated = ServingOrderSimulation.Run(priority, regular, counter);

        Assert.Equal(simulated, line.ServingOrder());
        for (var i = 0; i < simulated.Count; i++)
        {
            Assert.Equal(i + 1, line.PositionOf(simulated[i]));
        }
    }

    [Theory]
    [MemberData(nameof(SmallLines))]
    public void InvitingInServingOrderServesEveryoneInThatOrder(int priorityCount, int regularCount, int counter)
    {
        var (priority, regular) = Lanes(priorityCount, regularCount);
        var line = WaitingLine.Restore(Snapshot(priority, regular, counter));
        var invited = new List<string>();

        while (line.TakeNext(_ => true) is { } next)
        {
            invited.Add(next);
        }

        Assert.Equal(ServingOrderSimulation.Run(priority, regular, counter), invited);
        Assert.Equal(0, line.Count);
    }

    [Fact]
    public void PriorityGraduatesAreInvitedTwiceForEveryRegularOne()
    {
        var line = new WaitingLine();
        foreach (var id in new[] { "r1", "r2", "r3" })
        {
            line.Join(id, isPriority: false);
        }

        Assert.Equal(1, line.Join("p1", isPriority: true));
        Assert.Equal(2, line.Join("p2", isPriority: true));
        Assert.Equal(4, line.Join("p3", isPriority: true));
        Assert.Equal(5, line.Join("p4", isPriority: true));

        Assert.Equal(["p1", "p2", "r1", "p3", "p4", "r2", "r3"], line.ServingOrder());
        Assert.Equal(3, line.PositionOf("r1"));
        Assert.Equal(6, line.PositionOf("r2"));
        Assert.Equal(7, line.PositionOf("r3"));
    }

    [Fact]
    public void AfterTwoPriorityInvitationsARegularGraduateIsNext()
    {
        var line = new WaitingLine();
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("p3", isPriority: true);
        line.Join("r1", isPriority: false);

        Assert.Equal("p1", line.TakeNext(_ => true));
        Assert.Equal("p2", line.TakeNext(_ => true));

        Assert.Equal(1, line.PositionOf("r1"));
        Assert.Equal(2, line.PositionOf("p3"));
    }

    [Fact]
    public void PriorityServedWhileNobodyElseWaitedStillCountsForTheRotation()
    {
        var line = new WaitingLine();
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("p3", isPriority: true);
        line.TakeNext(_ => true);
        line.TakeNext(_ => true);

        Assert.Equal(1, line.Join("r1", isPriority: false));
        Assert.Equal(2, line.PositionOf("p3"));
    }

    [Fact]
    public void ARegularGraduateWaitsBehindAtMostTwoPriorityGraduatesEachRound()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);
        for (var i = 0; i < 100; i++)
        {
            line.Join($"p{i}", isPriority: true);
        }

        Assert.Equal(3, line.PositionOf("r1"));
        Assert.Equal(6, line.Join("r2", isPriority: false));
    }

    [Fact]
    public void PositionsFollowTheServingOrderInALargeLine()
    {
        var priority = Enumerable.Range(0, 3_000).Select(i => $"p{i}").ToList();
        var regular = Enumerable.Range(0, 7_000).Select(i => $"r{i}").ToList();
        var line = WaitingLine.Restore(Snapshot(priority, regular, 1));

        var position = 0;
        foreach (var id in line.ServingOrder())
        {
            Assert.Equal(++position, line.PositionOf(id));
        }

        Assert.Equal(10_000, position);
    }

    private static (List<string> Priority, List<string> Regular) Lanes(int priorityCount, int regularCount) =>
        (Enumerable.Range(0, priorityCount).Select(i => $"p{i}").ToList(), Enumerable.Range(0, regularCount).Select(i => $"r{i}").ToList());

    private static WaitingLineSnapshot Snapshot(List<string> priority, List<string> regular, int counter) =>
        WaitingLineSnapshot.Empty with { PriorityLane = priority, RegularLane = regular, PriorityServedSinceRegular = counter };
}
