using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class WaitingLineTests
{
    [Fact]
    public void JoiningAnEmptyLineGivesPositionOne()
    {
        var line = new WaitingLine();

        Assert.Equal(1, line.Join("g1", isPriority: false));
        Assert.Equal(1, line.Count);
        Assert.True(line.Contains("g1"));
    }

    [Fact]
    public void JoiningAgainReturnsTheCurrentPositionAndChangesNothing()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);
        line.Join("r2", isPriority: false);
        var before = line.ToSnapshot();

        Assert.Equal(2, line.Join("r2", isPriority: false));
        Assert.Equal(2, line.Join("r2", isPriority: true));
        Assert.Equal(before, line.ToSnapshot());
    }

    [Fact]
    public void JoiningWithAnInvitationInFlightThrows()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.TakeForInvitation("g1");

        Assert.True(line.IsInvited("g1"));
        Assert.Throws<InvalidOperationException>(() => line.Join("g1", isPriority: false));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void JoiningWithoutAnIdThrows(string? graduateId)
    {
        Assert.ThrowsAny<ArgumentException>(() => new WaitingLine().Join(graduateId!, isPriority: false));
    }

    [Fact]
    public void LeavingMovesEveryoneBehindForward()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.Join("g2", isPriority: false);
        line.Join("g3", isPriority: false);

        Assert.True(line.Leave("g1"));

        Assert.Null(line.PositionOf("g1"));
        Assert.Equal(1, line.PositionOf("g2"));
        Assert.Equal(2, line.PositionOf("g3"));
    }

    [Fact]
    public void LeavingWhenNotInTheLineReturnsFalse()
    {
        Assert.False(new WaitingLine().Leave("nobody"));
    }

    [Fact]
    public void LeavingWithAnInvitationInFlightCancelsIt()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.TakeForInvitation("g1");

        Assert.True(line.Leave("g1"));

        Assert.False(line.IsInvited("g1"));
        Assert.Equal(new ExpiryResult(ExpiryOutcome.NotInvited), line.ReturnAfterExpiry("g1"));
    }

    [Fact]
    public void PositionOfSomeoneNotWaitingIsNull()
    {
        Assert.Null(new WaitingLine().PositionOf("nobody"));
    }

    [Fact]
    public void TakingForInvitationRemovesTheGraduateFromTheLine()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.Join("g2", isPriority: false);

        Assert.True(line.TakeForInvitation("g1"));

        Assert.Null(line.PositionOf("g1"));
        Assert.Equal(1, line.PositionOf("g2"));
        Assert.Equal(1, line.Count);
        Assert.Equal(1, line.InvitedCount);
        Assert.False(line.TakeForInvitation("g1"));
    }

    [Fact]
    public void CallNextSkipsBusyGraduatesWhoKeepTheirPlace()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.Join("g2", isPriority: false);
        line.Join("g3", isPriority: false);

        Assert.Equal("g2", line.TakeNext(id => id != "g1"));

        Assert.Equal(1, line.PositionOf("g1"));
        Assert.Equal(2, line.PositionOf("g3"));
    }

    [Fact]
    public void CallNextReturnsNullWhenNobodyCanBeInvited()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);

        Assert.Null(line.TakeNext(_ => false));
        Assert.Null(new WaitingLine().TakeNext(_ => true));
        Assert.Equal(1, line.PositionOf("g1"));
    }

    [Fact]
    public void CallNextLooksOnlyAsFarAsTheFirstGraduateItCanInvite()
    {
        var line = new WaitingLine();
        for (var i = 0; i < 1000; i++)
        {
            line.Join($"g{i}", isPriority: i % 3 == 0);
        }

        var looked = new List<string>();
        line.TakeNext(id =>
        {
            looked.Add(id);
            return looked.Count == 4;
        });

        Assert.Equal(["g0", "g3", "g1", "g6"], looked);
    }

    [Fact]
    public void SkippingAPriorityGraduateToInviteARegularOneResetsTheRotation()
    {
        var line = new WaitingLine();
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("r1", isPriority: false);
        line.Join("r2", isPriority: false);

        Assert.Equal("r1", line.TakeNext(id => id.StartsWith('r')));

        Assert.Equal(["p1", "p2", "r2"], line.ServingOrder());
    }

    [Fact]
    public void ChangingTheLineWhileWalkingTheServingOrderThrows()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.Join("g2", isPriority: false);

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var id in line.ServingOrder())
            {
                line.Leave(id);
            }
        });
    }

    [Fact]
    public void AFirstExpiryMovesTheGraduateThreePlacesBackInTheirLane()
    {
        var line = new WaitingLine();
        foreach (var id in new[] { "g1", "g2", "g3", "g4", "g5", "g6" })
        {
            line.Join(id, isPriority: false);
        }

        line.TakeNext(_ => true);

        Assert.Equal(new ExpiryResult(ExpiryOutcome.MovedBack, 4), line.ReturnAfterExpiry("g1"));
        Assert.Equal(["g2", "g3", "g4", "g1", "g5", "g6"], line.ServingOrder());
        Assert.Equal(1, line.ExpiryCountOf("g1"));
        Assert.False(line.IsInvited("g1"));
    }

    [Fact]
    public void AFirstExpiryNearTheEndPutsTheGraduateLast()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.Join("g2", isPriority: false);
        line.TakeNext(_ => true);

        Assert.Equal(new ExpiryResult(ExpiryOutcome.MovedBack, 2), line.ReturnAfterExpiry("g1"));
        Assert.Equal(["g2", "g1"], line.ServingOrder());
    }

    [Fact]
    public void AnExpiredGraduateGoesBackIntoTheLaneTheyWereTakenFrom()
    {
        var line = new WaitingLine();
        foreach (var id in new[] { "p1", "p2", "p3", "p4", "p5" })
        {
            line.Join(id, isPriority: true);
        }

        line.Join("r1", isPriority: false);
        line.TakeNext(_ => true); // p1, from priority-lane index 0

        // p1 returns to priority-lane index 3: p2 p3 p4 p1 p5; with r1 after two priority.
        Assert.Equal(new ExpiryResult(ExpiryOutcome.MovedBack, 5), line.ReturnAfterExpiry("p1"));
        Assert.Equal(["p2", "r1", "p3", "p4", "p1", "p5"], line.ServingOrder());
    }

    [Fact]
    public void AReturnedGraduateIsPlacedByTheirLaneIndexAtInvitationTimeClampedToTheLane()
    {
        var line = new WaitingLine();
        foreach (var id in new[] { "r1", "r2", "r3", "r4", "r5", "r6" })
        {
            line.Join(id, isPriority: false);
        }

        line.TakeForInvitation("r3"); // lane index 2
        line.Leave("r1");

        // Back at lane index 2 + 3 = 5, clamped to the lane's length of 4.
        Assert.Equal(new ExpiryResult(ExpiryOutcome.MovedBack, 5), line.ReturnAfterExpiry("r3"));
        Assert.Equal(["r2", "r4", "r5", "r6", "r3"], line.ServingOrder());
    }

    [Fact]
    public void ASecondExpiryAtTheSameBoothRemovesTheGraduate()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.TakeNext(_ => true);
        line.ReturnAfterExpiry("g1");
        line.TakeNext(_ => true);

        Assert.Equal(new ExpiryResult(ExpiryOutcome.Removed), line.ReturnAfterExpiry("g1"));
        Assert.False(line.Contains("g1"));
        Assert.False(line.IsInvited("g1"));
        Assert.Equal(0, line.Count);
        Assert.Equal(2, line.ExpiryCountOf("g1"));
    }

    [Fact]
    public void LeavingAndRejoiningKeepsTheExpiryCount()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.TakeNext(_ => true);
        line.ReturnAfterExpiry("g1");
        line.Leave("g1");
        line.Join("g1", isPriority: false);
        line.TakeNext(_ => true);

        Assert.Equal(new ExpiryResult(ExpiryOutcome.Removed), line.ReturnAfterExpiry("g1"));
    }

    [Fact]
    public void ExpiryWithoutAnInvitationInFlightChangesNothing()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);

        Assert.Equal(new ExpiryResult(ExpiryOutcome.NotInvited), line.ReturnAfterExpiry("g1"));
        Assert.Equal(0, line.ExpiryCountOf("g1"));
        Assert.Equal(1, line.PositionOf("g1"));
    }

    [Fact]
    public void CompletingAnInvitationDoesNotPutTheGraduateBack()
    {
        var line = new WaitingLine();
        line.Join("g1", isPriority: false);
        line.TakeNext(_ => true);

        Assert.True(line.CompleteInvitation("g1"));

        Assert.False(line.CompleteInvitation("g1"));
        Assert.False(line.IsInvited("g1"));
        Assert.Null(line.PositionOf("g1"));
        Assert.Equal(new ExpiryResult(ExpiryOutcome.NotInvited), line.ReturnAfterExpiry("g1"));
        Assert.Equal(1, line.Join("g1", isPriority: false));
    }

    [Fact]
    public void RemovingEveryoneReturnsTheWaitingInServingOrderThenTheInvited()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);
        line.Join("r2", isPriority: false);
        line.Join("p1", isPriority: true);
        line.TakeForInvitation("r2");

        Assert.Equal(["p1", "r1", "r2"], line.RemoveEveryone());
        Assert.Equal(0, line.Count);
        Assert.Equal(0, line.InvitedCount);
        Assert.Empty(line.ServingOrder());
    }
}
