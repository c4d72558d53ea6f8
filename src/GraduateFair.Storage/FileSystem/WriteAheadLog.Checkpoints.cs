namespace GraduateFair.Storage.FileSystem;

/// <summary>Checkpoints: a new segment on the committer thread, then durable blob files and deleted segments on the checkpoint thread.</summary>
internal sealed partial class WriteAheadLog
{
    /// <summary>Starts a checkpoint and completes once everything committed before the call is durable in the blob files and out of the log.</summary>
    public Task CheckpointAsync()
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            ThrowIfFailed();
            ObjectDisposedException.ThrowIf(_stopping, typeof(FileSystemBlobStore));

            _checkpointWaiters.Add(completion);
            _checkpointRequested = true;
            Monitor.Pulse(_sync);
        }

        return completion.Task;
    }

    private void RequestCheckpoint()
    {
        lock (_sync)
        {
            _checkpointRequested = true;
            Monitor.Pulse(_sync);
        }
    }

    /// <summary>Under <see cref="_sync"/>, on the committer thread.</summary>
    private bool CheckpointDue() =>
        !_checkpointRunning && _failure is null && (_checkpointRequested || (_segment.HasRecords && _segment.Length >= _checkpointBytes));

    /// <summary>On the committer thread: starts a new segment and hands the old ones to the checkpointer.</summary>
    private void StartCheckpointIfDue()
    {
        List<TaskCompletionSource> waiters;
        lock (_sync)
        {
            if (!CheckpointDue())
            {
                return;
            }

            _checkpointRequested = false;
            waiters = _checkpointWaiters;
            _checkpointWaiters = [];
            _checkpointRunning = _segment.HasRecords;
        }

        if (!_segment.HasRecords)
        {
            // Nothing was applied since the last checkpoint finished: everything is durable already.
            Complete(waiters, null);
            return;
        }

        WalSegment next;
        try
        {
            next = WalSegment.Create(_folder, _segment.Sequence + 1);
        }
#pragma warning disable CA1031 // As above.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Fail(exception);
            Complete(waiters, _failure);
            lock (_sync)
            {
                _checkpointRunning = false;
            }

            return;
        }

        _segment.Dispose();
        _segment = next;
        lock (_checkpointSync)
        {
            _checkpointWork = new CheckpointWork(next.Sequence, _writer.TakeTouched(), waiters);
            Monitor.Pulse(_checkpointSync);
        }
    }

    private void RunCheckpointer()
    {
        while (true)
        {
            CheckpointWork work;
            lock (_checkpointSync)
            {
                while (_checkpointWork is null && !_checkpointerStopping)
                {
                    Monitor.Wait(_checkpointSync);
                }

                if (_checkpointWork is null)
                {
                    return;
                }

                work = _checkpointWork;
                _checkpointWork = null;
            }

            Exception? error = null;
            try
            {
                _durability.MakeDurable(work.Touched);
                WalFolder.DeleteBefore(_folder, work.KeepFrom);
            }
#pragma warning disable CA1031 // As above: blob files may not be durable, so the log must stay and the store stops.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Fail(exception);
                error = _failure;
            }

            Complete(work.Waiters, error);
            lock (_sync)
            {
                _checkpointRunning = false;
                Monitor.Pulse(_sync);
            }

            if (error is null)
            {
                CheckpointCompleted?.Invoke();
            }
        }
    }

    /// <param name="KeepFrom">The first segment that stays: every one before it is deleted once the blob files are durable.</param>
    private sealed record CheckpointWork(long KeepFrom, TouchedPaths Touched, List<TaskCompletionSource> Waiters);
}
