
namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Dedicated threads for blocking file-system reads (loading a blob file's state, reading its
/// content, listing folders), so that many concurrent reads neither starve the thread pool nor
/// wait for it to grow. Writes do not come here: the write-ahead log's committer thread does them.
/// Threads start on demand up to a maximum and then stay.
/// </summary>
/// <remarks>
/// Idle threads sleep in <see cref="Monitor.Wait(object)"/> and never spin. A spinning wait
/// (SemaphoreSlim) hands work over a little faster in isolation, but with dozens of idle threads
/// on a two-core server every hand-off set many of them spinning: measured in the server, that
/// cost several times the CPU of the writes themselves, taken from request handling.
/// </remarks>
internal sealed class BlockingIoPool
{
    private readonly Queue<IWorkItem> _queue = new();
    private readonly object _sync = new();
    private readonly int _maxThreads;
    private int _threads;
    private int _idle;

    public BlockingIoPool(int maxThreads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxThreads);
        _maxThreads = maxThreads;
    }

    /// <summary>The pool every file store in the process shares.</summary>
    public static BlockingIoPool Shared { get; } = new(maxThreads: 16);

    public int ThreadCount => Volatile.Read(ref _threads);

    /// <summary>Runs <paramref name="work"/> on a pool thread; the returned task completes off that thread.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var item = new WorkItem<T>(work);
        bool startThread;
        lock (_sync)
        {
            _queue.Enqueue(item);
            startThread = _queue.Count > _idle;
            Monitor.Pulse(_sync);
        }

        if (startThread)
        {
            TryStartThread();
        }

        return item.Task;
    }

    private void TryStartThread()
    {
        var threads = Volatile.Read(ref _threads);
        while (threads < _maxThreads)
        {
            var seen = Interlocked.CompareExchange(ref _threads, threads + 1, threads);
            if (seen == threads)
            {
                new Thread(Work) { IsBackground = true, Name = "GraduateFair storage I/O" }.Start();
                return;
            }

            threads = seen;
        }
    }

    private void Work()
    {
        while (true)
        {
            IWorkItem item;
            lock (_sync)
            {
                while (_queue.Count == 0)
                {
                    _idle++;
                    Monitor.Wait(_sync);
                    _idle--;
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
