using GraduateFair.Runtime.Hosting;

namespace GraduateFair.Runtime.Tests;

public sealed class PendingCallsTests
{
    [Fact]
    public async Task ASweepFailsOnlyTheCallsPastTheTimeoutOldestFirst()
    {
        using var calls = new PendingCalls(TimeSpan.FromMilliseconds(50));
        var old = new RecordingCall();
        var answered = new RecordingCall();
        calls.Add(old);
        calls.Add(answered);
        calls.Remove(answered);
        await Task.Delay(60);
        var young = new RecordingCall();
        calls.Add(young);

        calls.Sweep();

        Assert.Equal(TimeSpan.FromMilliseconds(50), old.TimedOutAfter);
        Assert.Null(answered.TimedOutAfter);
        Assert.Null(young.TimedOutAfter);
        Assert.Equal(1, calls.Count);
    }

    [Fact]
    public async Task WithAnInfiniteTimeoutCallsNeverTimeOut()
    {
        using var calls = new PendingCalls(Timeout.InfiniteTimeSpan);
        var call = new RecordingCall();
        calls.Add(call);
        await Task.Delay(20);

        calls.Sweep();

        Assert.Null(call.TimedOutAfter);
        Assert.Equal(1, calls.Count);
    }

    [Fact]
    public void AZeroOrNegativeTimeoutIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PendingCalls(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PendingCalls(TimeSpan.FromSeconds(-5)));
    }

    private sealed class RecordingCall : PendingCall
    {
        public TimeSpan? TimedOutAfter { get; private set; }

        public override Task ExecuteAsync(Activation activation) => Task.CompletedTask;

        public override void Fail(Exception exception)
        {
        }

        public override void TimeOut(TimeSpan timeout) => TimedOutAfter = timeout;
    }
}
