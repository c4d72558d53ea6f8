using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class OrderStatisticListTests
{
    [Fact]
    public void AppendedItemsKeepTheirOrder()
    {
        var list = new OrderStatisticList<string>();
        list.Append("a");
        list.Append("b");
        list.Append("c");

        Assert.Equal(["a", "b", "c"], list);
        Assert.Equal(3, list.Count);
        Assert.Equal(1, list.IndexOf("b"));
        Assert.Equal("c", list.ElementAt(2));
        Assert.Equal("a", list[0]);
    }

    [Fact]
    public void InsertAtPutsTheItemAtThatIndex()
    {
        var list = new OrderStatisticList<string>(["a", "b", "c"]);

        list.InsertAt(0, "front");
        list.InsertAt(2, "middle");
        list.InsertAt(5, "end");

        Assert.Equal(["front", "a", "middle", "b", "c", "end"], list);
    }

    [Fact]
    public void RemoveTakesOutOnlyThatItem()
    {
        var list = new OrderStatisticList<string>(["a", "b", "c"]);

        Assert.True(list.Remove("b"));
        Assert.False(list.Remove("b"));
        Assert.False(list.Contains("b"));
        Assert.Equal(-1, list.IndexOf("b"));
        Assert.Equal(["a", "c"], list);
    }

    [Fact]
    public void RemoveCanTellTheIndexTheItemHad()
    {
        var list = new OrderStatisticList<string>(["a", "b", "c"]);

        Assert.True(list.Remove("c", out var index));
        Assert.Equal(2, index);
        Assert.False(list.Remove("c", out index));
        Assert.Equal(-1, index);
        Assert.Equal(["a", "b"], list);
    }

    [Fact]
    public void RemoveAtReturnsTheRemovedItem()
    {
        var list = new OrderStatisticList<int>([10, 20, 30]);

        Assert.Equal(20, list.RemoveAt(1));
        Assert.Equal([10, 30], list);
    }

    [Fact]
    public void AddingAnItemTwiceThrowsAndChangesNothing()
    {
        var list = new OrderStatisticList<string>(["a", "b"]);

        Assert.Throws<ArgumentException>(() => list.Append("a"));
        Assert.Throws<ArgumentException>(() => list.InsertAt(0, "b"));
        Assert.Equal(["a", "b"], list);
        list.CheckInvariants();
    }

    [Fact]
    public void ConstructingFromItemsWithADuplicateThrows()
    {
        Assert.Throws<ArgumentException>(() => new OrderStatisticList<string>(["a", "b", "a"]));
    }

    [Fact]
    public void TheComparerDecidesWhichItemsAreEqual()
    {
        var list = new OrderStatisticList<string>(StringComparer.OrdinalIgnoreCase);
        list.Append("Ann");

        Assert.True(list.Contains("ANN"));
        Assert.Throws<ArgumentException>(() => list.Append("ann"));
    }

    [Fact]
    public void IndexesOutsideTheListThrow()
    {
        var list = new OrderStatisticList<int>([1, 2]);

        Assert.Throws<ArgumentOutOfRangeException>(() => list.ElementAt(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.ElementAt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.InsertAt(3, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.InsertAt(-1, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.RemoveAt(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.EnumerateFrom(3));
    }

    [Fact]
    public void EnumerateFromStartsAtTheIndex()
    {
        var list = new OrderStatisticList<int>(Enumerable.Range(0, 10));

        Assert.Equal([7, 8, 9], list.EnumerateFrom(7));
        Assert.Empty(list.EnumerateFrom(10));
        Assert.Equal(Enumerable.Range(0, 10), list.EnumerateFrom(0));
    }

    [Fact]
    public void ChangingTheListDuringEnumerationThrows()
    {
        var list = new OrderStatisticList<int>([1, 2, 3]);

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in list)
            {
                list.Remove(3);
            }
        });
    }

    [Fact]
    public void ChangingTheListBeforeEnumerationStartsThrows()
    {
        var list = new OrderStatisticList<int>([1, 2, 3]);
        var fromTwo = list.EnumerateFrom(2);
        list.Remove(1);
        list.Remove(2);

        Assert.Throws<InvalidOperationException>(() => fromTwo.First());
    }

    [Fact]
    public void ClearEmptiesTheListAndItCanBeReused()
    {
        var list = new OrderStatisticList<string>(["a", "b"]);

        list.Clear();
        list.Append("b");

        Assert.Equal(["b"], list);
        Assert.False(list.Contains("a"));
        list.CheckInvariants();
    }

    [Fact]
    public void ATreeOfOneHundredThousandAppendedItemsStaysShallow()
    {
        var list = new OrderStatisticList<int>(Enumerable.Range(0, 100_000));

        // A balanced tree has 17 levels; a random treap is expected to have about 45.
        // Appending in order must not degrade it into a 100,000-level list.
        Assert.InRange(list.Height(), 17, 60);
        Assert.Equal(99_999, list.IndexOf(99_999));
        Assert.Equal(50_000, list.ElementAt(50_000));
    }

    [Fact]
    public void TheSameOperationsBuildTheSameTree()
    {
        static OrderStatisticList<int> Build()
        {
            var list = new OrderStatisticList<int>(Enumerable.Range(0, 1000));
            for (var i = 0; i < 1000; i += 3)
            {
                list.Remove(i);
            }

            list.InsertAt(10, -1);
            return list;
        }

        Assert.Equal(Build().Height(), Build().Height());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomOperationsAgreeWithAList(int seed)
    {
        var random = new Random(seed);
        var list = new OrderStatisticList<int>();
        var model = new List<int>();
        var nextItem = 0;

        for (var step = 0; step < 20_000; step++)
        {
            switch (random.Next(10))
            {
                case 0 or 1 or 2:
                    list.Append(nextItem);
                    model.Add(nextItem++);
                    break;
                case 3 or 4:
                    var at = random.Next(model.Count + 1);
                    list.InsertAt(at, nextItem);
                    model.Insert(at, nextItem++);
                    break;
                case 5 when model.Count > 0:
                    var victim = model[random.Next(model.Count)];
                    if (random.Next(2) == 0)
                    {
                        Assert.True(list.Remove(victim));
                    }
                    else
                    {
                        Assert.True(list.Remove(victim, out var removedFrom));
                        Assert.Equal(model.IndexOf(victim), removedFrom);
                    }

                    model.Remove(victim);
                    break;
                case 6 when model.Count > 0:
                    var index = random.Next(model.Count);
                    Assert.Equal(model[index], list.RemoveAt(index));
                    model.RemoveAt(index);
                    break;
                case 7:
                    var probe = random.Next(nextItem + 1);
                    Assert.Equal(model.IndexOf(probe), list.IndexOf(probe));
                    Assert.Equal(model.Contains(probe), list.Contains(probe));
                    Assert.Equal(model.Contains(probe), list.Remove(probe));
                    model.Remove(probe);
                    break;
                case 8 when model.Count > 0:
                    var position = random.Next(model.Count);
                    Assert.Equal(model[position], list.ElementAt(position));
                    Assert.Equal(position, list.IndexOf(model[position]));
                    break;
                case 9:
                    var from = random.Next(model.Count + 1);
                    var take = random.Next(5);
                    Assert.Equal(model.Skip(from).Take(take), list.EnumerateFrom(from).Take(take));
                    break;
            }

            Assert.Equal(model.Count, list.Count);
            if (step % 1000 == 0)
            {
                list.CheckInvariants();
                Assert.Equal(model, list);
            }
        }

        list.CheckInvariants();
        Assert.Equal(model, list);
    }
}
