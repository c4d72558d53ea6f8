using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class WaitingLineLaneChangeTests
{
    [Fact]
    public void AGraduateMovedToTheRegularLaneStaysBehindTheSameRegularGraduates()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);
        line.Join("r2", isPriority: false);
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("p3", isPriority: true);
        var before = line.ServingOrder().ToList();

        var moved = line.MoveToRegularLane("p3");
        var after = line.ServingOrder().ToList();

        Assert.Equal(["p1", "p2", "r1", "p3", "r2"], before);
        Assert.True(moved);
        Assert.Equal(["p1", "p2", "r1", "p3", "r2"], after);
        Assert.Equal(4, line.PositionOf("p3"));
    }

    [Fact]
    public void AfterMovingAGraduateIsServedAsRegular()
    {
        var line = new WaitingLine();
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("r1", isPriority: false);

        line.MoveToRegularLane("p1");

        Assert.Equal(["p2", "p1", "r1"], line.ServingOrder().ToList());
        Assert.Equal([], line.ToSnapshot().PriorityLane.Except(["p2"]).ToList());
    }

    [Fact]
    public void MovingSomeoneNotInThePriorityLaneChangesNothing()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);

        Assert.False(line.MoveToRegularLane("r1"));
        Assert.False(line.MoveToRegularLane("nobody"));
        Assert.Equal(["r1"], line.ServingOrder().ToList());
    }

    [Fact]
    public void AnInvitedGraduateMovedToTheRegularLaneReturnsThereAfterAnExpiry()
    {
        var line = new WaitingLine();
        line.Join("p1", isPriority: true);
        line.Join("r1", isPriority: false);
        line.TakeForInvitation("p1");

        line.MoveToRegularLane("p1");
        var result = line.ReturnAfterExpiry("p1");

        Assert.Equal(ExpiryOutcome.MovedBack, result.Outcome);
        Assert.Empty(line.ToSnapshot().PriorityLane);
        Assert.Equal(["r1", "p1"], line.ServingOrder().ToList());
    }

    [Fact]
    public void AnInvitedGraduateMovedToTheRegularLaneNoLongerCountsAsAPriorityGraduateServed()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("p3", isPriority: true);
        line.TakeForInvitation("p1");
        line.TakeForInvitation("p2");

        line.MoveToRegularLane("p2");

        Assert.Equal(1, line.ToSnapshot().PriorityServedSinceRegular);
        Assert.Equal(["p3", "r1"], line.ServingOrder().ToList());
        Assert.Equal(1, line.PositionOf("p3"));
    }

    [Fact]
    public void ARotationCountOfZeroStaysZeroWhenAnInvitedGraduateMovesToTheRegularLane()
    {
        var line = new WaitingLine();
        line.Join("p1", isPriority: true);
        line.Join("r1", isPriority: false);
        line.Join("r2", isPriority: false);
        line.TakeForInvitation("p1");
        line.TakeForInvitation("r1");

        line.MoveToRegularLane("p1");

        Assert.Equal(0, line.ToSnapshot().PriorityServedSinceRegular);
        Assert.Equal(["r2"], line.ServingOrder().ToList());
    }
}
