using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Hubs;

namespace GraduateFair.Server.Tests.Hubs.Units;

public sealed class CallBucketTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void ABurstGoesThroughAtOnceAndThenTheRateRefillsIt()
    {
        var bucket = new CallBucket(_clock, perSecond: 20, burst: 30);

        var burst = Enumerable.Range(0, 31).Count(_ => bucket.TryTake());
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        var afterATenth = Enumerable.Range(0, 3).Count(_ => bucket.TryTake());
        _clock.Advance(TimeSpan.FromMinutes(1));
        var afterAMinute = Enumerable.Range(0, 31).Count(_ => bucket.TryTake());

        Assert.Equal(30, burst);
        Assert.Equal(2, afterATenth);
        Assert.Equal(30, afterAMinute);
    }
}
