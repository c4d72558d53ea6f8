namespace GraduateFair.Server.Hubs;

/// <summary>
/// At most one message per key per window: the first change goes at once, later changes within
/// the window go together at its end with the latest value, and nothing goes when the value is
/// the same as the last one sent. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// <see cref="Offer"/> never blocks on sending: when a key is due it calls <c>ready</c>, and the
/// sender then takes the value with <see cref="TryTake"/>, which starts the key's window. A key is
/// handed to <c>ready</c> at most once until it is taken, so whatever queues the keys holds at
/// most one item per key, and the latest value is never lost.
/// </remarks>
public sealed class Coalescer<TKey, TValue> : IDisposable
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, Entry> _entries = [];
    private readonly PriorityQueue<TKey, DateTimeOffset> _due = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _window;
    private readonly Func<TValue, TValue, bool> _same;
    private readonly Action<TKey> _ready;
    private readonly ITimer _timer;
    private DateTimeOffset? _armedFor;
    private bool _disposed;

    /// <param name="same">Whether a value says nothing new compared with the one sent last.</param>
    /// <param name="ready">Called (outside any lock) when a key's latest value should be taken and sent now.</param>
    public Coalescer(TimeProvider clock, TimeSpan window, Func<TValue, TValue, bool> same, Action<TKey> ready)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _window = window;
        _same = same;
        _ready = ready;
        _timer = clock.CreateTimer(static state => ((Coalescer<TKey, TValue>)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Keys known (with a value sent or waiting).</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>A new value for the key.</summary>
    public void Offer(TKey key, TValue value)
    {
        var readyNow = false;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            var now = _clock.GetUtcNow();
            if (!_entries.TryGetValue(key, out var entry))
            {
                _entries[key] = entry = new Entry { WindowEnds = DateTimeOffset.MinValue };
            }

            entry.Latest = value;
            entry.HasLatest = true;
            entry.TouchedAt = now;
            if (entry.State != EntryState.Idle)
            {
                return;
            }

            if (now >= entry.WindowEnds)
            {
                entry.State = EntryState.Ready;
                readyNow = true;
            }
            else
            {
                entry.State = EntryState.Waiting;
                _due.Enqueue(key, entry.WindowEnds);
                Arm(now);
            }
        }

        if (readyNow)
        {
            _ready(key);
        }
    }

    /// <summary>
    /// The value to send now for a key handed to <c>ready</c>, starting its window; false when there
    /// is nothing new to send (the same as the last value sent, or the key was forgotten).
    /// </summary>
    public bool TryTake(TKey key, out TValue value)
    {
        lock (_sync)
        {
            value = default!;
            if (!_entries.TryGetValue(key, out var entry) || entry.State != EntryState.Ready)
            {
                return false;
            }

            entry.State = EntryState.Idle;
            if (!entry.HasLatest || (entry.HasSent && _same(entry.LastSent!, entry.Latest!)))
            {
                entry.HasLatest = false;
                return false;
            }

            value = entry.Latest!;
            entry.LastSent = value;
            entry.HasSent = true;
            entry.HasLatest = false;
            entry.Latest = default;
            entry.WindowEnds = _clock.GetUtcNow() + _window;
            return true;
        }
    }

    /// <summary>Drops a key: a value waiting is not sent, and the next one goes at once.</summary>
    public void Forget(TKey key)
    {
        lock (_sync)
        {
            _entries.Remove(key);
        }
    }

    /// <summary>Drops keys idle (nothing waiting) since before <paramref name="before"/>.</summary>
    public int ForgetIdle(DateTimeOffset before)
    {
        lock (_sync)
        {
            var idle = _entries.Where(e => e.Value.State == EntryState.Idle && e.Value.TouchedAt < before && e.Value.WindowEnds < before).Select(e => e.Key).ToList();
            foreach (var key in idle)
            {
                _entries.Remove(key);
            }

            return idle.Count;
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            _entries.Clear();
            _due.Clear();
        }

        _timer.Dispose();
    }

    private void OnTimer()
    {
        List<TKey> ready = [];
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _armedFor = null;
            var now = _clock.GetUtcNow();
            while (_due.TryPeek(out var key, out var due) && due <= now)
            {
                _due.Dequeue();

                // Entries forgotten, or forgotten and offered again, leave stale items behind: skip them.
                if (_entries.TryGetValue(key, out var entry) && entry.State == EntryState.Waiting && entry.WindowEnds <= now)
                {
                    entry.State = EntryState.Ready;
                    ready.Add(key);
                }
            }

            Arm(now);
        }

        foreach (var key in ready)
        {
            _ready(key);
        }
    }

    /// <summary>Sets the timer for the earliest window end, unless it is set for that already.</summary>
    private void Arm(DateTimeOffset now)
    {
        if (!_due.TryPeek(out _, out var next) || _armedFor == next)
        {
            return;
        }

        if (_armedFor is { } armed && armed < next)
        {
            return;
        }

        _armedFor = next;
        var wait = next - now;
        _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    private enum EntryState
    {
        /// <summary>Nothing waiting to be sent.</summary>
        Idle,

        /// <summary>A value waits for the window to end.</summary>
        Waiting,

        /// <summary>Handed to the sender, not taken yet.</summary>
        Ready,
    }

    private sealed class Entry
    {
        public EntryState State { get; set; }

        public TValue? Latest { get; set; }

        public bool HasLatest { get; set; }

        public TValue? LastSent { get; set; }

        public bool HasSent { get; set; }

        public DateTimeOffset WindowEnds { get; set; }

        public DateTimeOffset TouchedAt { get; set; }
    }
}
