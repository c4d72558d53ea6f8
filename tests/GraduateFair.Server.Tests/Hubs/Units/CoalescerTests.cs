using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Hubs;

namespace GraduateFair.Server.Tests.Hubs.Units;

public sealed class CoalescerTests : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly ManualTimeProvider _clock = new();
    private readonly List<string> _ready = [];
    private readonly Coalescer<string, int> _coalescer;

    public CoalescerTests() => _coalescer = new Coalescer<string, int>(_clock, Window, static (a, b) => a == b, _ready.Add);

    [Fact]
    public void TheFirstValueIsReadyAtOnce()
    {
        _coalescer.Offer("a", 5);

        Assert.Equal(["a"], _ready);
        Assert.True(_coalescer.TryTake("a", out var value));
        Assert.Equal(5, value);
    }

    [Fact]
    public void ValuesWithinTheWindowWaitForItsEndAndOnlyTheLatestGoes()
    {
        _coalescer.Offer("a", 5);
        _coalescer.TryTake("a", out _);

        _coalescer.Offer("a", 4);
        _coalescer.Offer("a", 3);
        _clock.Advance(Window - TimeSpan.FromMilliseconds(1));
        var beforeTheEnd = _ready.Count;
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(1, beforeTheEnd);
        Assert.Equal(["a", "a"], _ready);
        Assert.True(_coalescer.TryTake("a", out var value));
        Assert.Equal(3, value);
    }

    [Fact]
    public void AValueLikeTheLastOneSentIsNotSent()
    {
        _coalescer.Offer("a", 5);
        _coalescer.TryTake("a", out _);

        _coalescer.Offer("a", 4);
        _coalescer.Offer("a", 5);
        _clock.Advance(Window);

        Assert.Equal(2, _ready.Count);
        Assert.False(_coalescer.TryTake("a", out _));
    }

    [Fact]
    public void AfterAQuietWindowTheNextChangeGoesAtOnce()
    {
        _coalescer.Offer("a", 5);
        _coalescer.TryTake("a", out _);

        _clock.Advance(Window);
        _coalescer.Offer("a", 4);

        Assert.Equal(["a", "a"], _ready);
        Assert.True(_coalescer.TryTake("a", out var value));
        Assert.Equal(4, value);
    }

    [Fact]
    public void AKeyIsHandedOutOnceUntilItIsTakenAndThenGivesTheLatestValue()
    {
        _coalescer.Offer("a", 5);
        _coalescer.Offer("a", 4);

        Assert.Equal(["a"], _ready);
        Assert.True(_coalescer.TryTake("a", out var value));
        Assert.Equal(4, value);
        Assert.False(_coalescer.TryTake("a", out _));
    }

    [Fact]
    public void AForgottenKeyDropsItsWaitingValueAndStartsAfresh()
    {
        _coalescer.Offer("a", 5);
        _coalescer.TryTake("a", out _);
        _coalescer.Offer("a", 4);

        _coalescer.Forget("a");
        _clock.Advance(Window);
        var afterTheWindow = _ready.Count;
        _coalescer.Offer("a", 5);

        Assert.Equal(1, afterTheWindow);
        Assert.Equal(["a", "a"], _ready);
        Assert.True(_coalescer.TryTake("a", out var value));
        Assert.Equal(5, value);
    }

    [Fact]
    public void EachKeyHasItsOwnWindow()
    {
        _coalescer.Offer("a", 1);
        _coalescer.TryTake("a", out _);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        _coalescer.Offer("b", 1);
        _coalescer.TryTake("b", out _);

        _coalescer.Offer("a", 2);
        _coalescer.Offer("b", 2);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var atTheEndOfAsWindow = _ready.ToList();
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(["a", "b", "a"], atTheEndOfAsWindow);
        Assert.Equal(["a", "b", "a", "b"], _ready);
    }

    [Fact]
    public void IdleKeysCanBeForgotten()
    {
        _coalescer.Offer("a", 1);
        _coalescer.TryTake("a", out _);
        _clock.Advance(TimeSpan.FromMinutes(5));
        _coalescer.Offer("b", 1);

        var forgotten = _coalescer.ForgetIdle(_clock.GetUtcNow() - TimeSpan.FromMinutes(1));

        Assert.Equal(1, forgotten);
        Assert.Equal(1, _coalescer.Count);
    }

    public void Dispose() => _coalescer.Dispose();
}
