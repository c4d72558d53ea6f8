using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Dedicated threads for blocking file-system calls (write + fsync), so that thousands of
/// concurrent durable appends neither starve the thread pool nor wait for it to grow.
/// Threads start on demand up to a maximum and then stay; concurrent fsyncs of different files
/// are merged by the file system, so throughput grows with the number in flight.
/// </summary>
/// <remarks>
/// Idle threads wait on a <see cref="SemaphoreSlim"/>, which spins briefly before sleeping: a thread
/// that finishes an fsync usually picks up the next item without a wake-up. Measured against
/// threads sleeping in <c>Monitor.Wait</c>, this gave 10–50% more appends per second at 64 writers.
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Lives as long as the process: its threads wait on the semaphore until the process ends.")]
internal sealed class BlockingIoPool
{
    private readonly ConcurrentQueue<IWorkItem> _queue = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly int _maxThreads;
    private int _threads;
    private int _idle;
    private int _pending;

    public BlockingIoPool(int maxThreads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxThreads);
        _maxThreads = maxThreads;
    }

    /// <summary>The pool every file store in the process shares.</summary>
    public static BlockingIoPool Shared { get; } = new(maxThreads: 64);

    public int ThreadCount => Volatile.Read(ref _threads);

    /// <summary>Runs <paramref name="work"/> on a pool thread; the returned task completes off that thread.</summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var item = new WorkItem<T>(work);
        _queue.Enqueue(item);
        var pending = Interlocked.Increment(ref _pending);
        if (pending > Volatile.Read(ref _idle))
        {
            TryStartThread();
        }

        _available.Release();
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
            Interlocked.Increment(ref _idle);
            _available.Wait();
            Interlocked.Decrement(ref _idle);
            if (_queue.TryDequeue(out var item))
            {
                Interlocked.Decrement(ref _pending);
                item.Execute();
            }
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
