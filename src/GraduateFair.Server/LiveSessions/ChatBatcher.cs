namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// Gathers a session's chat messages for a short window and hands them on as one batch: with
/// thousands of viewers, one hub message carrying five chat lines costs the server a fifth of five
/// messages, and nobody reads chat to the tenth of a second. The first message of a batch waits at
/// most <c>window</c>; messages keep their order.
/// </summary>
public sealed class ChatBatcher<T> : IDisposable
{
    private readonly object _sync = new();
    private readonly Dictionary<string, Batch> _batches = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly TimeSpan _window;
    private readonly Action<string, IReadOnlyList<T>> _flush;
    private bool _disposed;

    /// <param name="flush">Called with each batch, from a timer thread; it must not block.</param>
    public ChatBatcher(TimeProvider clock, TimeSpan window, Action<string, IReadOnlyList<T>> flush)
    {
        _clock = clock;
        _window = window;
        _flush = flush;
    }

    public void Offer(string sessionId, T message)
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            if (_batches.TryGetValue(sessionId, out var batch))
            {
                batch.Messages.Add(message);
                return;
            }

            batch = new Batch([message]);
            _batches.Add(sessionId, batch);
            batch.Timer = _clock.CreateTimer(_ => Flush(sessionId), null, _window, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            foreach (var batch in _batches.Values)
            {
                batch.Timer?.Dispose();
            }

            _batches.Clear();
        }
    }

    private void Flush(string sessionId)
    {
        Batch? batch;
        lock (_sync)
        {
            if (!_batches.Remove(sessionId, out batch))
            {
                return;
            }
        }

        batch.Timer?.Dispose();
        _flush(sessionId, batch.Messages);
    }

    private sealed class Batch(List<T> messages)
    {
        public List<T> Messages { get; } = messages;

        public ITimer? Timer { get; set; }
    }
}
