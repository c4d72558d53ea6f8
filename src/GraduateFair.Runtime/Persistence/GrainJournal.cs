using System.Runtime.ExceptionServices;
using System.Text.Json;
using GraduateFair.Storage;

namespace GraduateFair.Runtime.Persistence;

/// <summary>
/// The journal of one activation: applies events, writes them in batches (everything raised while
/// an append is being sent goes into the next), snapshots, and releases callers once what they saw
/// is durable, or ordered for a turn that asked for that. With an ordered store (the file store's
/// write-ahead log) the next append goes out as soon as the last one is accepted; with any other
/// store, once it is durable (decision 013).
/// </summary>
/// <remarks>
/// <see cref="Raise"/>, <see cref="OnTurnEnd"/> and <see cref="State"/> are used by turns (one at a
/// time); the write loop runs beside them, so everything both touch is guarded by <c>_sync</c>.
/// The state object itself is only touched by turns (snapshots are serialised at the end of a turn).
/// </remarks>
internal sealed class GrainJournal<TState, TEvent> : IGrainJournal
    where TState : class, new()
    where TEvent : class
{
    private readonly GrainStateContext _context;
    private readonly Action<TState, TEvent> _apply;
    private readonly JsonSerializerOptions _json;
    private readonly object _sync = new();
    private readonly List<TEvent> _pending = [];
    private readonly Queue<(long Sequence, Action<Exception?> Callback)> _waiters = new();
    private readonly Queue<(long Sequence, Action<Exception?> Callback)> _orderWaiters = new();

    // Appends accepted by an ordered store and not yet durable, in the order they were sent.
    private readonly Queue<InFlightAppend> _inFlight = new();
    private readonly List<byte[]> _imageAppends = [];

    private long _lastRaised;
    private long _durable;
    private long _ordered;
    private bool _replyWhenOrdered;
    private long _snapshotSequence;
    private PendingSnapshot? _pendingSnapshot;
    private bool _writing;
    private TaskCompletionSource? _writerStopped;
    private TaskCompletionSource? _inFlightSettled;
    private Exception? _failure;
    private bool _imageTrusted = true;
    private bool _compactAtTurnEnd;

    // The current log ends with its seal (only the write loop changes it after loading).
    private bool _logSealed;

    // Position in storage; only the write loop changes these after loading.
    private long _generation;
    private long _logLength;

    // The log length of the durable image: _logLength counts appends still in flight too.
    private long _imageLogLength;
    private string? _snapshotETag;
    private byte[]? _imageSnapshot;
    private long _snapshotBytes;

    public GrainJournal(GrainStateContext context, Action<TState, TEvent> apply)
    {
        _context = context;
        _apply = apply;
        _json = context.Options.SerializerOptions;
    }

    public TState State { get; private set; } = new();

    public long LastRaised => Volatile.Read(ref _lastRaised);

    public DurableImage? DurableImage
    {
        get
        {
            lock (_sync)
            {
                return _imageTrusted ? new DurableImage(_imageSnapshot, _snapshotETag, _generation, [.. _imageAppends], _imageLogLength) : null;
            }
        }
    }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        byte[]? snapshot;
        byte[]? log;
        if (_context.WarmImage is { } image)
        {
            snapshot = image.Snapshot;
            _snapshotETag = image.SnapshotETag;
            _generation = image.Generation;
            log = Concat(image.LogAppends);
            _imageAppends.AddRange(image.LogAppends);
            _logLength = _imageLogLength = image.LogLength;
        }
        else
        {
            var stored = await _context.Store.GetAsync(_context.SnapshotName, cancellationToken).ConfigureAwait(false);
            snapshot = stored?.Content.ToArray();
            _snapshotETag = stored?.ETag;
            if (snapshot is not null)
            {
                _generation = JournalFormat.ReadSnapshot<JsonElement>(snapshot, _json).Generation;
            }

            var storedLog = await _context.Store.GetAsync(_context.LogName(_generation), cancellationToken).ConfigureAwait(false);
            log = storedLog?.Content.ToArray();
            _logLength = _imageLogLength = storedLog?.Properties.Length ?? 0;
            if (log is not null)
            {
                _imageAppends.Add(log);
            }
        }

        _imageSnapshot = snapshot;
        _snapshotBytes = snapshot?.Length ?? 0;
        if (snapshot is not null)
        {
            var (_, sequence, state) = JournalFormat.ReadSnapshot<TState>(snapshot, _json);
            State = state;
            _lastRaised = _durable = _snapshotSequence = sequence;
        }

        var isSealed = log is not null && JournalFormat.ReadLog<TEvent>(log, _json, (sequence, @event) =>
        {
            if (sequence <= _lastRaised)
            {
                return;
            }

            if (sequence != _lastRaised + 1)
            {
                throw new InvalidDataException($"Grain journal of {_context.GrainId} skips from event {_lastRaised} to {sequence}.");
            }

            _apply(State, @event);
            _lastRaised = _durable = sequence;
        });

        if (isSealed)
        {
            // A newer snapshot was about to be written when the last activation stopped, and the
            // sealed log takes no more appends: the snapshot goes before anything else is written.
            var due = new PendingSnapshot(_lastRaised, JsonSerializer.SerializeToUtf8Bytes(State, _json));
            _snapshotSequence = _lastRaised;
            if (_context.WarmImage is null)
            {
                await WriteSnapshotAsync(due, sealLog: false).ConfigureAwait(false);
            }
            else
            {
                // Started from the image a failed write left: storage may still be unreachable, and
                // reads must go on meanwhile. The first write (or the deactivation) writes it.
                _logSealed = true;
                _pendingSnapshot = due;
            }
        }
    }

    public void Raise(TEvent @event)
    {
        _apply(State, @event);
        lock (_sync)
        {
            _pending.Add(@event);
            _lastRaised++;
        }
    }

    public void CompactAtTurnEnd() => _compactAtTurnEnd = true;

    public void ReplyWhenOrderedAtTurnEnd() => _replyWhenOrdered = true;

    public bool OnTurnEnd()
    {
        var compact = _compactAtTurnEnd;
        var replyWhenOrdered = _replyWhenOrdered;
        _compactAtTurnEnd = false;
        _replyWhenOrdered = false;
        lock (_sync)
        {
            if ((_pending.Count == 0 && !compact) || _failure is not null)
            {
                return replyWhenOrdered;
            }
        }

        // A snapshot is due after enough events, and once the log holds at least as many bytes as
        // the snapshot would: snapshot cost then stays proportional to what was appended, whatever
        // the size of the state (a queue of 100,000 is not re-serialised every 1,000 joins).
        if (compact || (_lastRaised - _snapshotSequence >= _context.Options.SnapshotEveryEvents && Volatile.Read(ref _logLength) >= Volatile.Read(ref _snapshotBytes)))
        {
            RequestSnapshot();
        }

        StartWriting();
        return replyWhenOrdered;
    }

    public void AfterDurable(Action action) => OnDurable(LastRaised, failure =>
    {
        if (failure is null)
        {
            RunSafely(action);
        }
    });

    public Task ConfirmAsync()
    {
        StartWriting();
        return WhenDurableAsync(LastRaised);
    }

    public Task WhenDurableAsync(long sequence)
    {
        lock (_sync)
        {
            if (sequence <= _durable)
            {
                return Task.CompletedTask;
            }

            if (_failure is not null)
            {
                return Task.FromException(_failure);
            }
        }

        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        OnDurable(sequence, failure =>
        {
            if (failure is null)
            {
                waiter.TrySetResult();
            }
            else
            {
                waiter.TrySetException(failure);
            }
        });
        return waiter.Task;
    }

    public void OnDurable(long sequence, Action<Exception?> callback)
    {
        Exception? failure;
        lock (_sync)
        {
            failure = _failure;
            if (sequence > _durable && failure is null)
            {
                _waiters.Enqueue((sequence, callback));
                return;
            }
        }

        callback(failure);
    }

    public void OnOrdered(long sequence, Action<Exception?> callback)
    {
        Exception? failure;
        lock (_sync)
        {
            failure = _failure;
            if (sequence > Math.Max(_ordered, _durable) && failure is null)
            {
                _orderWaiters.Enqueue((sequence, callback));
                return;
            }
        }

        callback(failure);
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_lastRaised > _snapshotSequence)
        {
            RequestSnapshot();
        }

        StartWriting();

        // Not only until the events are durable: they often are already (or become so with an
        // append in flight) while the snapshot is still sealing and replacing the log. The next
        // activation must not load the grain before that is over.
        await WhenWritesStoppedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        Exception? failure;
        lock (_sync)
        {
            failure = _failure;
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    public Task WhenWritesStoppedAsync()
    {
        lock (_sync)
        {
            if (!_writing && _inFlight.Count == 0)
            {
                return Task.CompletedTask;
            }

            _writerStopped ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _writerStopped.Task;
        }
    }

    private void RequestSnapshot()
    {
        var snapshot = new PendingSnapshot(_lastRaised, JsonSerializer.SerializeToUtf8Bytes(State, _json));
        lock (_sync)
        {
            _pendingSnapshot = snapshot;
            _snapshotSequence = snapshot.Sequence;
        }
    }

    private void StartWriting()
    {
        lock (_sync)
        {
            if (_writing || _failure is not null || (_pending.Count == 0 && _pendingSnapshot is null))
            {
                return;
            }

            _writing = true;
        }

        // A busy grain hands the write to another thread so its next turns run meanwhile (and
        // their events join the following append); an idle one writes at once, saving the hop.
        if (_context.HasQueuedTurns())
        {
            ThreadPool.UnsafeQueueUserWorkItem(static journal => _ = journal.WriteLoopAsync(), this, preferLocal: true);
        }
        else
        {
            _ = WriteLoopAsync();
        }
    }

    private async Task WriteLoopAsync()
    {
        while (true)
        {
            PendingSnapshot? snapshot;
            TEvent[] batch;
            long first;
            TaskCompletionSource? stopped;
            lock (_sync)
            {
                if (_failure is not null || (_pending.Count == 0 && _pendingSnapshot is null))
                {
                    _writing = false;
                    stopped = TakeWriterStopped();
                    snapshot = null;
                    batch = [];
                    first = 0;
                }
                else
                {
                    stopped = null;
                    snapshot = _pendingSnapshot;
                    _pendingSnapshot = null;
                    first = _lastRaised - _pending.Count + 1;
                    if (snapshot is not null)
                    {
                        // The snapshot holds every event up to its sequence: those need no append.
                        var covered = (int)Math.Clamp(snapshot.Sequence - first + 1, 0, _pending.Count);
                        _pending.RemoveRange(0, covered);
                        first += covered;
                    }

                    batch = [.. _pending];
                    _pending.Clear();
                }
            }

            if (snapshot is null && batch.Length == 0)
            {
                stopped?.TrySetResult();
                return;
            }

            var durable = 0L;
            try
            {
                if (snapshot is not null)
                {
                    // The seal goes after every append in flight, and the snapshot replaces them.
                    await WhenInFlightSettledAsync().ConfigureAwait(false);
                    await WriteSnapshotAsync(snapshot, sealLog: !_logSealed).ConfigureAwait(false);
                    _logSealed = false;
                    durable = snapshot.Sequence;
                }

                if (batch.Length > 0 && !await AppendAsync(first, batch).ConfigureAwait(false))
                {
                    durable = first + batch.Length - 1;
                }
            }
            catch (Exception exception)
            {
                Fail(exception);
                return;
            }

            // In flight in an ordered store, the batch is released when it becomes durable (OnSettled).
            if (durable > 0)
            {
                Release(durable);
            }
        }
    }

    /// <summary>
    /// Appends a batch. Returns true when an ordered store accepted it without it being durable yet:
    /// the next batch may then be appended at once, and this one is released when it settles.
    /// </summary>
    private async Task<bool> AppendAsync(long first, TEvent[] batch)
    {
        // One append per batch, split only when it would exceed the store's largest append.
        var offset = 0;
        var inFlight = false;
        while (offset < batch.Length)
        {
            var count = batch.Length - offset;
            var bytes = JournalFormat.WriteAppend(first + offset, new ArraySegment<TEvent>(batch, offset, count), _json);
            while (bytes.Length > _context.Options.MaxAppendBytes && count > 1)
            {
                count = (count + 1) / 2;
                bytes = JournalFormat.WriteAppend(first + offset, new ArraySegment<TEvent>(batch, offset, count), _json);
            }

            if (bytes.Length > _context.Options.MaxAppendBytes)
            {
                throw new InvalidOperationException($"An event of {_context.GrainId} serialises to {bytes.Length} bytes, more than one append can hold ({_context.Options.MaxAppendBytes}).");
            }

            if (_context.Store is IOrderedBlobStore ordered)
            {
                await AppendOrderedAsync(ordered, first + offset + count - 1, bytes).ConfigureAwait(false);
                inFlight = true;
            }
            else
            {
                var result = await _context.Store.AppendAsync(_context.LogName(_generation), bytes, _logLength).ConfigureAwait(false);
                lock (_sync)
                {
                    _logLength = _imageLogLength = result.Length;
                    _imageAppends.Add(bytes);
                }
            }

            offset += count;
        }

        return inFlight;
    }

    /// <summary>Sends an append to an ordered store and returns once it is accepted (in order, not yet durable).</summary>
    private async Task AppendOrderedAsync(IOrderedBlobStore store, long last, byte[] bytes)
    {
        var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var durable = store.AppendAsync(_context.LogName(_generation), bytes, _logLength, () =>
        {
            MarkOrdered(last);
            accepted.TrySetResult();
        });
        if (!accepted.Task.IsCompleted && await Task.WhenAny(accepted.Task, durable).ConfigureAwait(false) == durable)
        {
            // Refused before it was accepted (a stale position, storage down): throws.
            await durable.ConfigureAwait(false);
        }

        var append = new InFlightAppend(last, bytes, _logLength + bytes.Length) { Journal = this };
        lock (_sync)
        {
            _logLength = append.LogLength;
            _inFlight.Enqueue(append);
        }

        _ = durable.ContinueWith(static (task, state) => ((InFlightAppend)state!).Journal!.OnSettled(task, (InFlightAppend)state), append, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>An append sent to an ordered store became durable, or failed.</summary>
    private void OnSettled(Task durable, InFlightAppend append)
    {
        if (durable.Exception is { } failure)
        {
            Fail(failure.InnerException ?? failure);
            return;
        }

        TaskCompletionSource? settled = null;
        TaskCompletionSource? stopped;
        lock (_sync)
        {
            if (_failure is not null)
            {
                return;
            }

            // Durable in order: every append sent before this one is durable too.
            while (_inFlight.TryPeek(out var head) && head.Last <= append.Last)
            {
                _inFlight.Dequeue();
                _imageAppends.Add(head.Bytes);
                _imageLogLength = head.LogLength;
            }

            if (_inFlight.Count == 0)
            {
                settled = _inFlightSettled;
                _inFlightSettled = null;
            }

            stopped = TakeWriterStopped();
        }

        Release(append.Last);
        settled?.TrySetResult();
        stopped?.TrySetResult();
    }

    private Task WhenInFlightSettledAsync()
    {
        lock (_sync)
        {
            if (_inFlight.Count == 0 || _failure is not null)
            {
                return Task.CompletedTask;
            }

            _inFlightSettled ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _inFlightSettled.Task;
        }
    }

    /// <summary>Takes the waiter for "no more writes" when none are left (caller holds the lock).</summary>
    private TaskCompletionSource? TakeWriterStopped()
    {
        if (_writing || _inFlight.Count > 0)
        {
            return null;
        }

        var stopped = _writerStopped;
        _writerStopped = null;
        return stopped;
    }

    private async Task WriteSnapshotAsync(PendingSnapshot snapshot, bool sealLog)
    {
        // Seal the current log first: an older activation that still appends at the position it
        // knows is refused from now on, instead of writing into a log nobody will read again.
        var oldLog = _context.LogName(_generation);
        if (sealLog)
        {
            var sealedLength = (await _context.Store.AppendAsync(oldLog, JournalFormat.SealLine, _logLength).ConfigureAwait(false)).Length;
            lock (_sync)
            {
                _logLength = _imageLogLength = sealedLength;
                _imageAppends.Add(JournalFormat.SealLine);
            }
        }

        var document = JournalFormat.WriteSnapshot(_generation + 1, snapshot.Sequence, snapshot.State);
        var etag = await _context.Store.PutAsync(_context.SnapshotName, document, BlobCondition.MatchesOrNew(_snapshotETag), BlobContentTypes.Json).ConfigureAwait(false);
        lock (_sync)
        {
            _generation++;
            _snapshotETag = etag;
            _logLength = _imageLogLength = 0;
            _snapshotBytes = document.Length;
            _imageSnapshot = document;
            _imageAppends.Clear();
        }

        try
        {
            await _context.Store.DeleteAsync(oldLog).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is BlobStoreUnavailableException or BlobConcurrencyException)
        {
            // A leftover sealed log is harmless: nothing reads a generation older than the snapshot.
        }
    }

    private void Release(long durable)
    {
        List<Action<Exception?>>? released = null;
        lock (_sync)
        {
            _durable = Math.Max(_durable, durable);
            while (_waiters.TryPeek(out var head) && head.Sequence <= _durable)
            {
                (released ??= []).Add(_waiters.Dequeue().Callback);
            }

            TakeOrdered(ref released);
        }

        released?.ForEach(callback => callback(null));
    }

    /// <summary>The store accepted the append ending with <paramref name="sequence"/> into its order.</summary>
    private void MarkOrdered(long sequence)
    {
        List<Action<Exception?>>? released = null;
        lock (_sync)
        {
            _ordered = Math.Max(_ordered, sequence);
            TakeOrdered(ref released);
        }

        released?.ForEach(callback => callback(null));
    }

    private void TakeOrdered(ref List<Action<Exception?>>? released)
    {
        var ordered = Math.Max(_ordered, _durable);
        while (_orderWaiters.TryPeek(out var head) && head.Sequence <= ordered)
        {
            (released ??= []).Add(_orderWaiters.Dequeue().Callback);
        }
    }

    private void Fail(Exception cause)
    {
        var failure = new GrainStateWriteException($"The state of {_context.GrainId} could not be written: {cause.Message}", cause);
        List<Action<Exception?>> failed;
        TaskCompletionSource? stopped;
        TaskCompletionSource? settled;
        lock (_sync)
        {
            if (_failure is not null)
            {
                return;
            }

            _failure = failure;
            _writing = false;
            _inFlight.Clear();
            settled = _inFlightSettled;
            _inFlightSettled = null;
            stopped = _writerStopped;
            _writerStopped = null;
            _pending.Clear();
            _pendingSnapshot = null;

            // After a refused position the stored journal is not what this activation thinks it is.
            _imageTrusted = cause is BlobStoreUnavailableException;
            failed = [.. _orderWaiters.Select(w => w.Callback), .. _waiters.Select(w => w.Callback)];
            _orderWaiters.Clear();
            _waiters.Clear();
        }

        // The activation closes first: a caller told of the failure who calls again at once
        // reaches the next activation (started from the durable image), not this failed one.
        _context.OnWriteFailed(failure);
        failed.ForEach(callback => callback(failure));
        settled?.TrySetResult();
        stopped?.TrySetResult();
    }

    private void RunSafely(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A notification that fails must not fail the write that already succeeded.
            Hosting.RuntimeLog.NotificationFailed(_context.Logger, exception, _context.GrainId);
        }
    }

    private static byte[]? Concat(IReadOnlyList<byte[]> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        var total = new byte[parts.Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(total, offset);
            offset += part.Length;
        }

        return total;
    }

    private sealed record PendingSnapshot(long Sequence, byte[] State);

    /// <summary>An append in flight: its last event, its bytes and the log's length after it.</summary>
    private sealed record InFlightAppend(long Last, byte[] Bytes, long LogLength)
    {
        public GrainJournal<TState, TEvent>? Journal { get; init; }
    }
}
