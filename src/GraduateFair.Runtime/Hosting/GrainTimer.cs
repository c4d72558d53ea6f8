namespace GraduateFair.Runtime.Hosting;

/// <summary>A timer whose ticks are queued as turns of its activation, never more than one waiting.</summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly ITimer _timer;
    private int _tickQueued;

    public GrainTimer(Activation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period, bool keepAlive)
    {
        _activation = activation;
        _callback = callback;
        KeepAlive = keepAlive;
        _timer = activation.Runtime.TimeProvider.CreateTimer(static state => ((GrainTimer)state!).OnElapsed(), this, dueTime, period);
    }

    public bool KeepAlive { get; }

    public bool IsDisposed => _cancellation.IsCancellationRequested;

    public async Task TickAsync()
    {
        Interlocked.Exchange(ref _tickQueued, 0);
        if (IsDisposed)
        {
            return;
        }

        await _callback(_cancellation.Token).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        _cancellation.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnElapsed()
    {
        if (IsDisposed || Interlocked.Exchange(ref _tickQueued, 1) == 1)
        {
            return;
        }

        if (!_activation.TryEnqueue(new TimerWorkItem(this)))
        {
            Interlocked.Exchange(ref _tickQueued, 0);
        }
    }
}
