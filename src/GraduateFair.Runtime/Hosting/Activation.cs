using GraduateFair.Runtime.Persistence;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Runtime.Hosting;

/// <summary>
/// One in-memory instance of a grain: a mailbox whose work items run one at a time, start to
/// finish (a turn), plus the grain's timers and journal.
/// </summary>
internal sealed class Activation
{
    private readonly object _sync = new();
    private readonly Queue<WorkItem> _queue = new();
    private readonly List<GrainTimer> _timers = [];
    private readonly GrainTypeInfo _type;
    private readonly DurableImage? _warmImage;
    private ActivationStatus _status = ActivationStatus.Activating;
    private bool _running;
    private bool _deactivationRequested;
    private long _lastActiveTicks;
    private Grain? _instance;

    public Activation(GrainRuntime runtime, GrainTypeInfo type, GrainId id, DurableImage? warmImage)
    {
        Runtime = runtime;
        _type = type;
        _warmImage = warmImage;
        Id = id;
        _lastActiveTicks = runtime.TimeProvider.GetUtcNow().UtcTicks;
        _queue.Enqueue(new ActivateWorkItem());
    }

    private enum ActivationStatus
    {
        Activating,
        Active,
        Deactivating,
        Closed,
    }

    public GrainId Id { get; }

    public GrainRuntime Runtime { get; }

    public Grain Instance => _instance ?? throw new InvalidOperationException($"{Id} is not activated.");

    /// <summary>Queues a work item; false when the activation is closed (the caller finds or creates another).</summary>
    public bool TryEnqueue(WorkItem item)
    {
        lock (_sync)
        {
            if (_status == ActivationStatus.Closed)
            {
                return false;
            }

            _queue.Enqueue(item);
            if (_running)
            {
                return true;
            }

            _running = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static activation => _ = activation.RunAsync(), this, preferLocal: true);
        return true;
    }

    /// <summary>Whether more turns wait in the mailbox (a busy grain).</summary>
    public bool HasQueuedTurns()
    {
        lock (_sync)
        {
            return _queue.Count > 0;
        }
    }

    public void MarkActive() => Volatile.Write(ref _lastActiveTicks, Runtime.TimeProvider.GetUtcNow().UtcTicks);

    /// <summary>True when nothing ran for <paramref name="idleTimeout"/>, nothing waits and no keep-alive timer is set.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan idleTimeout)
    {
        lock (_sync)
        {
            return _status == ActivationStatus.Active
                && !_running
                && _queue.Count == 0
                && !_timers.Exists(t => t.KeepAlive)
                && now.UtcTicks - Volatile.Read(ref _lastActiveTicks) >= idleTimeout.Ticks;
        }
    }

    /// <summary>
    /// Ends a turn: lets the journal write, and calls <paramref name="onDurable"/> once everything
    /// the turn saw is durable (null) or never will be (the failure). At once when nothing waits.
    /// </summary>
    public void EndTurn(Action<Exception?>? onDurable = null)
    {
        var journal = _instance?.Journal;
        if (journal is null)
        {
            onDurable?.Invoke(null);
            return;
        }

        var replyWhenOrdered = journal.OnTurnEnd();
        if (onDurable is null)
        {
            return;
        }

        if (replyWhenOrdered)
        {
            journal.OnOrdered(journal.LastRaised, onDurable);
        }
        else
        {
            journal.OnDurable(journal.LastRaised, onDurable);
        }
    }

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period, bool keepAlive)
    {
        var timer = new GrainTimer(this, callback, dueTime, period, keepAlive);
        lock (_sync)
        {
            if (_status is ActivationStatus.Closed or ActivationStatus.Deactivating)
            {
                timer.Dispose();
                return timer;
            }

            _timers.Add(timer);
        }

        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_sync)
        {
            _timers.Remove(timer);
        }
    }

    public void RequestDeactivation() => _deactivationRequested = true;

    public async Task ActivateAsync()
    {
        try
        {
            var instance = _type.Create(Runtime.Services);
            instance.Attach(this);
            _instance = instance;
            var context = new GrainStateContext(Id, Runtime.Store, Runtime.Options, _warmImage, Runtime.Logger, OnWriteFailed, HasQueuedTurns);
            await instance.InitializeStateAsync(context, CancellationToken.None).ConfigureAwait(false);
            await instance.OnActivateAsync(CancellationToken.None).ConfigureAwait(false);
            instance.Journal?.OnTurnEnd();
            lock (_sync)
            {
                if (_status == ActivationStatus.Activating)
                {
                    _status = ActivationStatus.Active;
                }
            }
        }
        catch (Exception exception)
        {
            RuntimeLog.ActivationFailed(Runtime.Logger, exception, Id);
            var failure = new GrainActivationException($"Grain {Id} could not be activated: {exception.Message}", exception);

            // OnActivateAsync may have started a write: the next activation loads after it.
            var journal = _instance?.Journal;
            if (journal is not null)
            {
                await journal.WhenWritesStoppedAsync().ConfigureAwait(false);
            }

            Close(_warmImage);
            List<WorkItem> waiting;
            lock (_sync)
            {
                waiting = [.. _queue];
                _queue.Clear();
            }

            waiting.ForEach(item => item.Fail(failure));
        }
    }

    public async Task DeactivateAsync(DeactivationReason reason)
    {
        lock (_sync)
        {
            if (_status != ActivationStatus.Active || (reason == DeactivationReason.Idle && _queue.Count > 0))
            {
                return;
            }

            _status = ActivationStatus.Deactivating;
        }

        DisposeTimers();
        try
        {
            await Instance.OnDeactivateAsync(reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The grain's own clean-up failing is no reason to leave its state unwritten.
            RuntimeLog.DeactivationFailed(Runtime.Logger, exception, Id);
        }

        if (Instance.Journal is { } journal)
        {
            try
            {
                // Returns once the journal stopped writing: until then this activation stays in
                // the directory, and calls that arrive wait in its mailbox, then move on to the next
                // activation, which therefore loads what this one wrote last.
                await journal.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The failed write already closed the activation, keeping its durable image when
                // storage was unreachable (OnWriteFailed).
                RuntimeLog.DeactivationFailed(Runtime.Logger, exception, Id);
            }
        }

        Close(warmImage: null);
        RuntimeLog.Deactivated(Runtime.Logger, Id, reason);
    }

    private async Task RunAsync()
    {
        while (true)
        {
            WorkItem? item;
            bool closed;
            lock (_sync)
            {
                if (!_queue.TryDequeue(out item))
                {
                    _running = false;
                    return;
                }

                closed = _status == ActivationStatus.Closed;
            }

            if (closed)
            {
                // Never started here: a call moves to whichever activation serves the grain now;
                // ticks and lifecycle turns belonged to this activation only.
                if (item.CanRedispatch)
                {
                    Runtime.Redispatch(Id, item);
                }
                else
                {
                    item.Fail(new InvalidOperationException($"Activation of {Id} closed."));
                }

                continue;
            }

            CallChain.Current = item.Chain;
            try
            {
                await item.ExecuteAsync(this).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                RuntimeLog.TurnFailed(Runtime.Logger, exception, Id);
            }
            finally
            {
                CallChain.Current = null;
            }

            if (_deactivationRequested)
            {
                _deactivationRequested = false;
                lock (_sync)
                {
                    if (_status == ActivationStatus.Active)
                    {
                        _queue.Enqueue(new DeactivateWorkItem(DeactivationReason.Requested));
                    }
                }
            }
        }
    }

    /// <summary>Closes the activation without running anything more (the host crashed).</summary>
    public void Kill()
    {
        List<WorkItem> waiting;
        lock (_sync)
        {
            _status = ActivationStatus.Closed;
            waiting = [.. _queue];
            _queue.Clear();
        }

        DisposeTimers();
        var failure = new ObjectDisposedException(nameof(GrainRuntime), "The grain host was stopped.");
        waiting.ForEach(item => item.Fail(failure));
    }

    private void OnWriteFailed(Exception failure)
    {
        if (!Close(_instance?.Journal?.DurableImage))
        {
            return;
        }

        RuntimeLog.Dropped(Runtime.Logger, failure, Id);

        // Work already queued never ran: it moves to the next activation once the loop sees it.
        lock (_sync)
        {
            if (_running || _queue.Count == 0)
            {
                return;
            }

            _running = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static activation => _ = activation.RunAsync(), this, preferLocal: false);
    }

    /// <summary>
    /// Takes the activation out of service, once: keeps the durable image the next activation starts
    /// from (when storage failed), then lets calls find another activation. Only called once this
    /// activation has no storage request in flight.
    /// </summary>
    /// <returns>False when it was closed already.</returns>
    private bool Close(DurableImage? warmImage)
    {
        lock (_sync)
        {
            if (_status == ActivationStatus.Closed)
            {
                return false;
            }

            if (warmImage is not null)
            {
                Runtime.KeepWarmImage(Id, warmImage);
            }

            _status = ActivationStatus.Closed;
        }

        DisposeTimers();
        Runtime.Remove(this);
        return true;
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_sync)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
