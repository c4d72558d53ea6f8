namespace GraduateFair.Grains.Tests.Support;

/// <summary>
/// Every event grains published, in the order they arrived, across host restarts. Grains publish
/// after their writes are durable, from another thread than the caller's, so a test awaits the
/// event it expects (<see cref="WaitForAsync{T}"/>) instead of looking right after a call.
/// </summary>
internal sealed class FairEventLog
{
    /// <summary>How long an awaited event may take before the test fails naming it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly object _sync = new();
    private readonly List<FairEventRecord> _recorded = [];
    private readonly List<Waiter> _waiters = [];

    /// <summary>How many events were recorded so far: pass it as <c>after</c> to await only later ones.</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _recorded.Count;
            }
        }
    }

    public IReadOnlyList<FairEventRecord> All
    {
        get
        {
            lock (_sync)
            {
                return [.. _recorded];
            }
        }
    }

    /// <summary>The recorded events of one kind, in order.</summary>
    public IReadOnlyList<T> Of<T>()
        where T : FairEventRecord => [.. All.OfType<T>()];

    /// <summary>
    /// The first event of kind <typeparamref name="T"/> matching <paramref name="match"/> recorded at
    /// index <paramref name="after"/> or later, already recorded or yet to come; fails after
    /// <see cref="Timeout"/> with a message naming <paramref name="what"/>.
    /// </summary>
    public async Task<T> WaitForAsync<T>(string what, Func<T, bool>? match = null, int after = 0)
        where T : FairEventRecord
    {
        bool Matches(FairEventRecord record) => record is T typed && (match is null || match(typed));

        Waiter waiter;
        lock (_sync)
        {
            for (var i = after; i < _recorded.Count; i++)
            {
                if (Matches(_recorded[i]))
                {
                    return (T)_recorded[i];
                }
            }

            waiter = new Waiter(Matches);
            _waiters.Add(waiter);
        }

        try
        {
            return (T)await waiter.Found.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            lock (_sync)
            {
                _waiters.Remove(waiter);
            }

            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {what}. Recorded: {string.Join("; ", All)}");
        }
    }

    public void Record(FairEventRecord record)
    {
        List<Waiter> found = [];
        lock (_sync)
        {
            _recorded.Add(record);
            foreach (var waiter in _waiters)
            {
                if (waiter.Matches(record))
                {
                    found.Add(waiter);
                }
            }

            _waiters.RemoveAll(found.Contains);
        }

        found.ForEach(waiter => waiter.Found.TrySetResult(record));
    }

    private sealed class Waiter(Func<FairEventRecord, bool> matches)
    {
        public Func<FairEventRecord, bool> Matches { get; } = matches;

        public TaskCompletionSource<FairEventRecord> Found { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
