using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The file store's write-ahead log with group commit: a mutation is acknowledged once its record
/// is in the log and flushed, and one flush covers every mutation queued meanwhile.
/// </summary>
/// <remarks>
/// <para>A dedicated committer thread takes every queued mutation, writes their records to the end
/// of the current segment (<c>{root}/wal/{sequence}.wal</c>) in one write, flushes it with one
/// fdatasync, applies each mutation to its blob file without flushing (<see cref="BlobFileWriter"/>)
/// and only then completes its caller, who still holds the name's lock: a reader never sees a
/// mutation that is not in the log, and never misses one that was acknowledged.</para>
/// <para>A checkpoint (when the segment passes <see cref="FileSystemBlobStoreOptions.CheckpointBytes"/>,
/// every <see cref="FileSystemBlobStoreOptions.CheckpointInterval"/>, and on dispose) starts a new
/// segment, then on its own thread makes the blob files durable (<see cref="BlobFileDurability"/>)
/// and deletes the older segments; commits go on meanwhile. Opening a store replays what is left
/// (<see cref="WalRecovery"/>).</para>
/// <para>A failed log write, flush, blob file write or checkpoint stops the log for good: the
/// state on disk is then only known to the log, so every later call fails until the store is
/// reopened and replays it.</para>
/// </remarks>
internal sealed partial class WriteAheadLog : IDisposable
{
    /// <summary>The fewest callers one thread-pool item completes after a batch (fewer when the batch is smaller).</summary>
    private const int CompletedTogether = 8;

    private readonly object _sync = new();
    private readonly object _checkpointSync = new();
    private readonly string _folder;
    private readonly BlobFileWriter _writer;
    private readonly BlobFileDurability _durability;
    private readonly long _checkpointBytes;
    private readonly ILogger _logger;
    private readonly Thread _committer;
    private readonly Thread _checkpointer;
    private readonly ITimer? _timer;

    // Guarded by _sync.
    private List<WalMutation> _queue = [];
    private List<TaskCompletionSource> _checkpointWaiters = [];
    private bool _checkpointRequested;
    private bool _checkpointRunning;
    private bool _stopping;
    private bool _paused;
    private QueuedWaiter? _queuedWaiter;

    // Guarded by _checkpointSync.
    private CheckpointWork? _checkpointWork;
    private bool _checkpointerStopping;

    // The committer thread's own (read by Dispose once the thread has ended).
    private List<WalMutation> _batch = [];
    private WalSegment _segment;

    private volatile BlobStoreUnavailableException? _failure;
    private long _syncs;

    public WriteAheadLog(string folder, long firstSequence, BlobFileWriter writer, BlobFileDurability durability, FileSystemBlobStoreOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _folder = folder;
        _writer = writer;
        _durability = durability;
        _checkpointBytes = options.CheckpointBytes;
        _logger = logger;
        _segment = WalSegment.Create(folder, firstSequence);
        _committer = new Thread(RunCommitter) { IsBackground = true, Name = "GraduateFair storage WAL committer" };
        _checkpointer = new Thread(RunCheckpointer) { IsBackground = true, Name = "GraduateFair storage WAL checkpoints" };
        _committer.Start();
        _checkpointer.Start();
        if (options.CheckpointInterval > TimeSpan.Zero)
        {
            _timer = timeProvider.CreateTimer(static state => ((WriteAheadLog)state!).RequestCheckpoint(), this, options.CheckpointInterval, options.CheckpointInterval);
        }
    }

    /// <summary>How many times the log was flushed (one fdatasync per batch), for tests and measurements.</summary>
    public long SyncCount => Interlocked.Read(ref _syncs);

    /// <summary>Throws the store's failure, if the log has stopped.</summary>
    public void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw Unavailable(failure);
        }
    }

    /// <summary>Queues a mutation; the task completes once it is durable in the log and applied to its blob file.</summary>
    /// <exception cref="BlobStoreUnavailableException">The log has stopped after a failure.</exception>
    public Task Submit(WalMutation mutation)
    {
        lock (_sync)
        {
            ThrowIfFailed();
            ObjectDisposedException.ThrowIf(_stopping, typeof(FileSystemBlobStore));

            _queue.Add(mutation);
            if (_queuedWaiter is { } waiter && _queue.Count >= waiter.Count)
            {
                _queuedWaiter = null;
                waiter.Reached.TrySetResult();
            }

            Monitor.Pulse(_sync);
        }

        return mutation.Completion;
    }

    /// <summary>Commits what is queued, stops the threads and checkpoints a last time, leaving no log behind.</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
            _paused = false;
            Monitor.Pulse(_sync);
        }

        _timer?.Dispose();
        _committer.Join();
        lock (_checkpointSync)
        {
            _checkpointerStopping = true;
            Monitor.Pulse(_checkpointSync);
        }

        _checkpointer.Join();
        List<TaskCompletionSource> waiters;
        lock (_sync)
        {
            waiters = _checkpointWaiters;
            _checkpointWaiters = [];
        }

        Exception? error = _failure;
        if (error is null)
        {
            try
            {
                if (_segment.HasRecords)
                {
                    _durability.MakeDurable(_writer.TakeTouched());
                }

                WalFolder.DeleteBefore(_folder, long.MaxValue);
            }
#pragma warning disable CA1031 // The log stays and is replayed on the next open; dispose must not throw for it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                error = exception;
                var name = exception.GetType().Name;
                FileSystemBlobStoreLog.FinalCheckpointFailed(_logger, name, exception.HResult);
            }
        }

        Complete(waiters, error);
    }

    private static BlobStoreUnavailableException Unavailable(BlobStoreUnavailableException failure) => new(failure.Message, failure.InnerException!);

    private static void Complete(List<TaskCompletionSource> waiters, Exception? error)
    {
        foreach (var waiter in waiters)
        {
            if (error is null)
            {
                waiter.TrySetResult();
            }
            else
            {
                waiter.TrySetException(error);
            }
        }
    }

    private void RunCommitter()
    {
        while (true)
        {
            bool stopping;
            lock (_sync)
            {
                while (!_stopping && (_paused || _queue.Count == 0) && !CheckpointDue())
                {
                    Monitor.Wait(_sync);
                }

                if (!_paused)
                {
                    (_queue, _batch) = (_batch, _queue);
                }

                stopping = _stopping;
            }

            if (_batch.Count > 0)
            {
                CommitBatch(_batch);
                _batch.Clear();
                BatchCommitted?.Invoke();
            }
            else if (stopping)
            {
                break;
            }

            // After every batch, not only when idle: under constant load the queue is never empty.
            if (!stopping)
            {
                StartCheckpointIfDue();
            }
        }

        _segment.Dispose();
        _writer.Dispose();
    }

    private void CommitBatch(List<WalMutation> batch)
    {
        var durable = false;
        if (_failure is null)
        {
            try
            {
                _segment.Write(batch);
                _segment.Sync();
                Interlocked.Increment(ref _syncs);
                durable = true;
            }
#pragma warning disable CA1031 // Any failure stops the log; the callers get it as BlobStoreUnavailableException.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Fail(exception);
            }
        }

        // Applied (or failed) in order; the callers hear of it together afterwards.
        var outcomes = new MutationOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var mutation = batch[i];
            if (durable)
            {
                try
                {
                    _writer.Apply(mutation);
                    outcomes[i] = new MutationOutcome(mutation, null);
                    continue;
                }
#pragma warning disable CA1031 // As above: the log holds the mutation, the blob file may not; only a replay can tell.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    Fail(exception);
                    durable = false;
                }
            }

            outcomes[i] = new MutationOutcome(mutation, Unavailable(_failure!));
        }

        // A few thread-pool items complete the batch, each a run of callers one after another: a
        // worker woken per mutation cost more than the continuations themselves. Runs are spread
        // over the cores, at least CompletedTogether callers each. The committer never runs callers' code.
        var run = Math.Max(CompletedTogether, (outcomes.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount);
        for (var start = 0; start < outcomes.Length; start += run)
        {
            ThreadPool.UnsafeQueueUserWorkItem(new Completions(outcomes, start, Math.Min(start + run, outcomes.Length)), preferLocal: false);
        }
    }

    private void Fail(Exception exception)
    {
        List<TaskCompletionSource> waiters;
        lock (_sync)
        {
            if (_failure is not null)
            {
                return;
            }

            _failure = new BlobStoreUnavailableException(
                $"The file blob store stopped after a failed write of its write-ahead log or blob files; reopen it (restart the process) to replay the log. {exception.Message}",
                exception);
            waiters = _checkpointWaiters;
            _checkpointWaiters = [];
            Monitor.Pulse(_sync);
        }

        var error = exception.GetType().Name;
        FileSystemBlobStoreLog.Failed(_logger, error, exception.HResult);

        Complete(waiters, _failure);
    }

    private readonly record struct MutationOutcome(WalMutation Mutation, Exception? Error);

    /// <summary>Completes the callers of a run of a batch's mutations, in the log's order.</summary>
    private sealed class Completions(MutationOutcome[] outcomes, int start, int end) : IThreadPoolWorkItem
    {
        public void Execute()
        {
            for (var i = start; i < end; i++)
            {
                var (mutation, error) = outcomes[i];
                if (error is null)
                {
                    mutation.Succeed();
                }
                else
                {
                    mutation.Fail(error);
                }
            }
        }
    }
}
