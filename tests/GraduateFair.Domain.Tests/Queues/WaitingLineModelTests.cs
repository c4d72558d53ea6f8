using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

/// <summary>
/// Random operation sequences applied to the line and to a slow model made of two lists,
/// whose positions come from <see cref="ServingOrderSimulation"/>.
/// </summary>
public sealed class WaitingLineModelTests
{
    private enum Kind
    {
        Join,
        Leave,
        TakeNext,
        Take,
        Expire,
        Complete,
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void RandomOperationsAgreeWithASlowModel(int seed)
    {
        var line = new WaitingLine();
        var model = new Model();
        var results = new List<string>();

        foreach (var op in Operations(seed, count: 3_000, population: 60))
        {
            var result = Apply(line, op);
            Assert.Equal(model.Apply(op), result);
            results.Add(result);
            var order = ServingOrderSimulation.Run(model.Priority, model.Regular, model.Counter);
            Assert.Equal(order, line.ServingOrder());
            Assert.Equal(order.Count, line.Count);
            for (var i = 0; i < order.Count; i++)
            {
                Assert.Equal(i + 1, line.PositionOf(order[i]));
            }
        }

        // The sequence exercised every path, not just joins.
        Assert.Contains(results, r => r.Contains("MovedBack", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Contains("Removed", StringComparison.Ordinal));
        Assert.Contains("invited", results);
        Assert.Contains(results, r => r.StartsWith('g'));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void ReplayingTheSameOperationsGivesTheSameLine(int seed)
    {
        var operations = Operations(seed, count: 5_000, population: 200);
        var first = new WaitingLine();
        var second = new WaitingLine();

        var firstResults = operations.Select(op => Apply(first, op)).ToList();
        var secondResults = operations.Select(op => Apply(second, op)).ToList();

        Assert.Equal(firstResults, secondResults);
        Assert.Equal(first.ToSnapshot(), second.ToSnapshot());
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void ALineRestoredHalfwayEndsLikeTheOriginal(int seed)
    {
        var operations = Operations(seed, count: 5_000, population: 200);
        var original = new WaitingLine();
        var halfway = new WaitingLine();
        foreach (var op in operations.Take(2_500))
        {
            Apply(original, op);
            Apply(halfway, op);
        }

        var restored = WaitingLine.Restore(halfway.ToSnapshot());
        var originalResults = operations.Skip(2_500).Select(op => Apply(original, op)).ToList();
        var restoredResults = operations.Skip(2_500).Select(op => Apply(restored, op)).ToList();

        Assert.Equal(originalResults, restoredResults);
        Assert.Equal(original.ToSnapshot(), restored.ToSnapshot());
    }

    private static List<(Kind Kind, string Id, bool Flag)> Operations(int seed, int count, int population)
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<Kind>();
        var operations = new List<(Kind Kind, string Id, bool Flag)>();
        for (var i = 0; i < count; i++)
        {
            // Flag: for Join, priority (a third of joins); for TakeNext, whether Id may be invited.
            var kind = kinds[random.Next(kinds.Length)];
            operations.Add((kind, $"g{random.Next(population)}", random.Next(kind == Kind.Join ? 3 : 2) == 0));
        }

        return operations;
    }

    // Every operation's visible result as a string, so line and model can be compared.
    private static string Apply(WaitingLine line, (Kind Kind, string Id, bool Flag) op) => op.Kind switch
    {
        Kind.Join when line.IsInvited(op.Id) => "invited",
        Kind.Join => line.Join(op.Id, op.Flag).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind.Leave => line.Leave(op.Id).ToString(),
        Kind.TakeNext => line.TakeNext(id => op.Flag || id != op.Id) ?? "none", // Flag false: op.Id is busy
        Kind.Take => line.TakeForInvitation(op.Id).ToString(),
        Kind.Expire => line.ReturnAfterExpiry(op.Id).ToString(),
        Kind.Complete => line.CompleteInvitation(op.Id).ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private sealed class Model
    {
        private readonly Dictionary<string, int> _expiries = [];
        private readonly Dictionary<string, (bool Priority, int Index)> _invited = [];

        public List<string> Priority { get; } = [];

        public List<string> Regular { get; } = [];

        public int Counter { get; private set; }

        public string Apply((Kind Kind, string Id, bool Flag) op)
        {
            var id = op.Id;
            switch (op.Kind)
            {
                case Kind.Join when _invited.ContainsKey(id):
                    return "invited";
                case Kind.Join:
                    if (!Priority.Contains(id) && !Regular.Contains(id))
                    {
                        (op.Flag ? Priority : Regular).Add(id);
                    }

                    return Position(id)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                case Kind.Leave:
                    return (Priority.Remove(id) || Regular.Remove(id) || _invited.Remove(id)).ToString();
                case Kind.TakeNext:
                    var next = ServingOrderSimulation.Run(Priority, Regular, Counter).FirstOrDefault(g => op.Flag || g != id);
                    if (next is not null)
                    {
                        Take(next);
                    }

                    return next ?? "none";
                case Kind.Take:
                    return Take(id).ToString();
                case Kind.Expire:
                    if (!_invited.Remove(id, out var slot))
                    {
                        return new ExpiryResult(ExpiryOutcome.NotInvited).ToString();
                    }

                    _expiries[id] = _expiries.GetValueOrDefault(id) + 1;
                    if (_expiries[id] >= 2)
                    {
                        return new ExpiryResult(ExpiryOutcome.Removed).ToString();
                    }

                    var lane = slot.Priority ? Priority : Regular;
                    lane.Insert(Math.Min(slot.Index + 3, lane.Count), id);
                    return new ExpiryResult(ExpiryOutcome.MovedBack, Position(id)).ToString();
                case Kind.Complete:
                    return _invited.Remove(id).ToString();
                default:
                    throw new ArgumentOutOfRangeException(nameof(op));
            }
        }

        private bool Take(string id)
        {
            if (Priority.IndexOf(id) is var p and >= 0)
            {
                Priority.RemoveAt(p);
                _invited[id] = (true, p);
                Counter = Math.Min(Counter + 1, 2);
                return true;
            }

            if (Regular.IndexOf(id) is var r and >= 0)
            {
                Regular.RemoveAt(r);
                _invited[id] = (false, r);
                Counter = 0;
                return true;
            }

            return false;
        }

        private int? Position(string id) =>
            ServingOrderSimulation.Run(Priority, Regular, Counter).IndexOf(id) is var i and >= 0 ? i + 1 : null;
    }
}
