using System.Reflection;
using System.Text.Json;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class WaitingLineSnapshotTests
{
    [Fact]
    public void ASnapshotHoldsLanesCounterExpiriesAndInvitations()
    {
        var line = SampleLine();

        var snapshot = line.ToSnapshot();

        Assert.Equal(["p2", "p3"], snapshot.PriorityLane);
        Assert.Equal(["r2", "r3", "r1"], snapshot.RegularLane);
        Assert.Equal(1, snapshot.PriorityServedSinceRegular);
        Assert.Equal(new Dictionary<string, int> { ["r1"] = 1 }, snapshot.ExpiryCounts);
        Assert.Equal([new InvitationSlot("p1", Priority: true, LaneIndex: 0)], snapshot.Invitations);
    }

    [Fact]
    public void ARestoredLineHasTheSamePositionsServingOrderAndInvitations()
    {
        var line = SampleLine();

        var restored = WaitingLine.Restore(line.ToSnapshot());

        Assert.Equal(line.ServingOrder(), restored.ServingOrder());
        foreach (var id in new[] { "p1", "p2", "p3", "r1", "r2", "r3" })
        {
            Assert.Equal(line.PositionOf(id), restored.PositionOf(id));
            Assert.Equal(line.ExpiryCountOf(id), restored.ExpiryCountOf(id));
            Assert.Equal(line.IsInvited(id), restored.IsInvited(id));
        }

        Assert.Equal(line.ToSnapshot(), restored.ToSnapshot());
        Assert.Equal(line.ReturnAfterExpiry("p1"), restored.ReturnAfterExpiry("p1"));
    }

    [Fact]
    public void ASnapshotSurvivesJson()
    {
        var snapshot = SampleLine().ToSnapshot();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(snapshot, options);
        var read = JsonSerializer.Deserialize<WaitingLineSnapshot>(json, options)!;

        Assert.Equal(
            """{"priorityLane":["p2","p3"],"regularLane":["r2","r3","r1"],"priorityServedSinceRegular":1,"expiryCounts":{"r1":1},"invitations":[{"graduateId":"p1","priority":true,"laneIndex":0}]}""",
            json);
        Assert.Equal(snapshot, read);
        Assert.Equal(SampleLine().ServingOrder(), WaitingLine.Restore(read).ServingOrder());
    }

    [Fact]
    public void SnapshotsWithDifferentContentAreNotEqual()
    {
        var snapshot = SampleLine().ToSnapshot();

        Assert.NotEqual(snapshot, snapshot with { RegularLane = ["r2", "r1", "r3"] });
        Assert.NotEqual(snapshot, snapshot with { PriorityServedSinceRegular = 0 });
        Assert.NotEqual(snapshot, snapshot with { ExpiryCounts = new Dictionary<string, int> { ["r1"] = 2 } });
        Assert.NotEqual(snapshot, snapshot with { Invitations = [new InvitationSlot("p1", Priority: true, LaneIndex: 1)] });
        Assert.Equal(snapshot, snapshot with { ExpiryCounts = new Dictionary<string, int> { ["r1"] = 1 } });
    }

    [Fact]
    public void RestoringAnEmptySnapshotGivesAnEmptyLine()
    {
        var line = WaitingLine.Restore(WaitingLineSnapshot.Empty);

        Assert.Equal(0, line.Count);
        Assert.Equal(WaitingLineSnapshot.Empty, line.ToSnapshot());
    }

    public static TheoryData<WaitingLineSnapshot> InconsistentSnapshots() =>
    [
        WaitingLineSnapshot.Empty with { PriorityServedSinceRegular = 3 },
        WaitingLineSnapshot.Empty with { PriorityServedSinceRegular = -1 },
        WaitingLineSnapshot.Empty with { RegularLane = ["a", "a"] },
        WaitingLineSnapshot.Empty with { PriorityLane = ["a"], RegularLane = ["a"] },
        WaitingLineSnapshot.Empty with { RegularLane = [""] },
        WaitingLineSnapshot.Empty with { RegularLane = ["a"], Invitations = [new InvitationSlot("a", false, 0)] },
        WaitingLineSnapshot.Empty with { Invitations = [new InvitationSlot("a", false, 0), new InvitationSlot("a", true, 0)] },
        WaitingLineSnapshot.Empty with { Invitations = [new InvitationSlot("a", false, -1)] },
        WaitingLineSnapshot.Empty with { ExpiryCounts = new Dictionary<string, int> { ["a"] = -1 } },
    ];

    [Theory]
    [MemberData(nameof(InconsistentSnapshots))]
    public void RestoringAnInconsistentSnapshotThrows(WaitingLineSnapshot snapshot)
    {
        Assert.Throws<ArgumentException>(() => WaitingLine.Restore(snapshot));
    }

    [Fact]
    public void OnlyTheSnapshotRevealsWhichLaneAGraduateIsIn()
    {
        // Everything else a caller can read is an id, a count, a position or an outcome.
        var allowed = new HashSet<Type>
        {
            typeof(void), typeof(int), typeof(int?), typeof(bool), typeof(string),
            typeof(IEnumerable<string>), typeof(IReadOnlyList<string>), typeof(ExpiryResult),
        };
        var members = typeof(WaitingLine).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.Name is not (nameof(WaitingLine.ToSnapshot) or nameof(WaitingLine.Restore)))
            .ToList();

        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Contains(m.ReturnType, allowed));
        Assert.DoesNotContain(typeof(ExpiryResult).GetProperties(), p => p.PropertyType == typeof(InvitationSlot) || p.PropertyType == typeof(bool));
    }

    // p1 invited from the priority lane; r1 expired once and went back; counter 1.
    private static WaitingLine SampleLine()
    {
        var line = new WaitingLine();
        line.Join("r1", isPriority: false);
        line.Join("r2", isPriority: false);
        line.Join("r3", isPriority: false);
        line.TakeNext(_ => true); // r1 (regular lane only so far)
        line.ReturnAfterExpiry("r1");
        line.Join("p1", isPriority: true);
        line.Join("p2", isPriority: true);
        line.Join("p3", isPriority: true);
        line.TakeNext(_ => true); // p1
        return line;
    }
}
