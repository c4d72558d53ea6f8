namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Dedicated threads for blocking file-system calls (write + fsync), so that thousands of
/// concurrent durable appends neither starve the thread pool nor wait for it to grow.
/// Threads start on demand up to a maximum and then stay; concurrent fsyncs of different files
/// are merged by the file system, so throughput grows with the number in flight.
/// </summary>
/// <remarks>
/// Idle threads sleep in <see cref="Monitor.Wait(object)"/> rather than a spinning semaphore: with
/// dozens of threads on a few cores, spinning waiters burn the CPU the fsyncs need.
/// </remarks>
internal sealed class BlockingIoPool
{
    private readonly Queue<IWorkItem> _queue = new();
    private readonly int _maxThreads;
    private int _threads;

    /// <summary>Threads waiting for work that no enqueuer has woken yet.</summary>
    private int _idle;

    public BlockingIoPool(int maxThreads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxThreads);
        _maxThreads = maxThreads;
    }

    /// <summary>The pool every file store in the process shares.</summary>
    public static BlockingIoPool Shared { get; } = new(maxThreads: 64);

    /// <summary>Runs <paramref name="work"/> on a pool thread; the returned task completes off that thread.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var item = new WorkItem<T>(work);
        var startThread = false;
        lock (_queue)
        {
            _queue.Enqueue(item);
            if (_idle > 0)
            {
                _idle--;
                Monitor.Pulse(_queue);
            }
            else if (_threads < _maxThreads)
            {
                _threads++;
                startThread = true;
            }
        }

        if (startThread)
        {
            new Thread(Work) { IsBackground = true, Name = "GraduateFair storage I/O" }.Start();
        }

        return item.Task;
    }

    private void Work()
    {
        while (true)
        {
            IWorkItem item;
            lock (_queue)
            {
                while (_queue.Count == 0)
                {
                    _idle++;
                    Monitor.Wait(_queue);
                }

                item = _queue.Dequeue();
            }

            item.Execute();
        }
    }

    private interface IWorkItem
    {
        void Execute();
    }

    private sealed class WorkItem<T>(Func<T> work) : IWorkItem
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _completion.Task;

        public void Execute()
        {
            try
            {
                _completion.SetResult(work());
            }
#pragma warning disable CA1031 // Every failure belongs to the caller awaiting the task, not to the pool thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _completion.SetException(exception);
            }
        }
    }
}
