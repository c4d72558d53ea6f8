using System.Diagnostics;

namespace GraduateFair.Runtime.Hosting;

/// <summary>
/// The calls waiting for their replies, oldest first, so that one timer fails those that waited
/// longer than the call timeout. A timer per call (<c>Task.WaitAsync</c>) cost more than the rest
/// of a call's bookkeeping; here a call costs two short locks.
/// </summary>
/// <remarks>
/// Every call gets the same timeout, so the order in which calls start is the order of their
/// deadlines and the sweep only looks at the oldest. A call fails between one and 1⅛ timeouts
/// after it started (the sweep runs every eighth of the timeout). Real time, like the timeout.
/// </remarks>
internal sealed class PendingCalls : IDisposable
{
    private readonly object _sync = new();
    private readonly long _timeoutTicks;
    private readonly ITimer? _sweeper;
    private PendingCall? _oldest;
    private PendingCall? _newest;

    /// <param name="timeout">Positive, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for calls that never time out.</param>
    public PendingCalls(TimeSpan timeout)
    {
        Timeout = timeout;
        if (timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timeoutTicks = long.MaxValue / 2;
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeoutTicks = (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var period = TimeSpan.FromTicks(Math.Max(timeout.Ticks / 8, TimeSpan.FromMilliseconds(10).Ticks));
        _sweeper = TimeProvider.System.CreateTimer(static state => ((PendingCalls)state!).Sweep(), this, period, period);
    }

    public TimeSpan Timeout { get; }

    /// <summary>The number of calls waiting (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                var count = 0;
                for (var call = _oldest; call is not null; call = call.Newer)
                {
                    count++;
                }

                return count;
            }
        }
    }

    public void Add(PendingCall call)
    {
        call.Deadline = Stopwatch.GetTimestamp() + _timeoutTicks;
        lock (_sync)
        {
            call.Older = _newest;
            call.Newer = null;
            if (_newest is null)
            {
                _oldest = call;
            }
            else
            {
                _newest.Newer = call;
            }

            _newest = call;
            call.Waiting = true;
        }
    }

    /// <summary>The call got its reply (or failed): no longer timed.</summary>
    public void Remove(PendingCall call)
    {
        lock (_sync)
        {
            Unlink(call);
        }
    }

    public void Dispose() => _sweeper?.Dispose();

    /// <summary>Fails every call whose deadline has passed (also called by tests).</summary>
    internal void Sweep()
    {
        var now = Stopwatch.GetTimestamp();
        List<PendingCall>? expired = null;
        lock (_sync)
        {
            while (_oldest is { } oldest && oldest.Deadline <= now)
            {
                Unlink(oldest);
                (expired ??= []).Add(oldest);
            }
        }

        expired?.ForEach(call => call.TimeOut(Timeout));
    }

    private void Unlink(PendingCall call)
    {
        if (!call.Waiting)
        {
            return;
        }

        if (call.Older is null)
        {
            _oldest = call.Newer;
        }
        else
        {
            call.Older.Newer = call.Newer;
        }

        if (call.Newer is null)
        {
            _newest = call.Older;
        }
        else
        {
            call.Newer.Older = call.Older;
        }

        call.Older = call.Newer = null;
        call.Waiting = false;
    }
}

/// <summary>A work item whose caller waits for a reply, timed by <see cref="PendingCalls"/> (fields guarded by its lock).</summary>
internal abstract class PendingCall : WorkItem
{
    internal PendingCall? Older { get; set; }

    internal PendingCall? Newer { get; set; }

    internal long Deadline { get; set; }

    internal bool Waiting { get; set; }

    /// <summary>Fails the reply: no answer within <paramref name="timeout"/>.</summary>
    public abstract void TimeOut(TimeSpan timeout);
}
