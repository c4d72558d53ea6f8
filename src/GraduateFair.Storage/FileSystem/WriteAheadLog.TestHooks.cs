namespace GraduateFair.Storage.FileSystem;

/// <summary>Hooks that let tests hold batches back and observe commits and checkpoints.</summary>
internal sealed partial class WriteAheadLog
{
    /// <summary>Test hook: the committer takes no batches until <see cref="ResumeCommits"/>; mutations queue up.</summary>
    internal void PauseCommits()
    {
        lock (_sync)
        {
            _paused = true;
        }
    }

    /// <summary>Test hook: lets the committer take batches again.</summary>
    internal void ResumeCommits()
    {
        lock (_sync)
        {
            _paused = false;
            Monitor.Pulse(_sync);
        }
    }

    /// <summary>Test hook: raised on the committer thread after each batch is applied and its callers completed.</summary>
    internal event Action? BatchCommitted;

    /// <summary>Test hook: raised on the checkpoint thread after each checkpoint that made blob files durable and deleted segments.</summary>
    internal event Action? CheckpointCompleted;

    /// <summary>Test hook: completes once at least <paramref name="count"/> mutations wait in the queue.</summary>
    internal Task WhenQueued(int count)
    {
        lock (_sync)
        {
            if (_queue.Count >= count)
            {
                return Task.CompletedTask;
            }

            var waiter = new QueuedWaiter(count, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _queuedWaiter = waiter;
            return waiter.Reached.Task;
        }
    }

    private sealed record QueuedWaiter(int Count, TaskCompletionSource Reached);
}
