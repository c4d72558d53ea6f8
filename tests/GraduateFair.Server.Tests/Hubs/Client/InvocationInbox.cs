namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>
/// The calls of one client method by the server, kept from the moment the connection opened.
/// <see cref="NextAsync(TimeSpan?, CancellationToken)"/> hands them out in order, each once, so a
/// call that arrives before the test starts waiting is not missed.
/// </summary>
public sealed class InvocationInbox
{
    private readonly object _gate = new();
    private readonly List<ServerInvocation> _received = [];
    private readonly string _connectionId;
    private readonly TimeSpan _defaultTimeout;
    private TaskCompletionSource _changed = NewSignal();
    private HubClosed? _closed;
    private int _next;

    internal InvocationInbox(string method, string connectionId, TimeSpan defaultTimeout)
    {
        Method = method;
        _connectionId = connectionId;
        _defaultTimeout = defaultTimeout;
    }

    /// <summary>The client method, e.g. <c>QueuePosition</c>.</summary>
    public string Method { get; }

    /// <summary>Every call received so far, taken or not.</summary>
    public IReadOnlyList<ServerInvocation> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Calls received and not yet taken by <see cref="NextAsync(TimeSpan?, CancellationToken)"/> or <see cref="WaitForAsync"/>.</summary>
    public int Unread
    {
        get
        {
            lock (_gate)
            {
                return _received.Count - _next;
            }
        }
    }

    /// <summary>Takes the next call; waits for it when all were taken. Fails when the connection closes first.</summary>
    public Task<ServerInvocation> NextAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        TakeAsync(null, null, timeout, cancellationToken);

    /// <summary>Takes the next call and returns its first argument.</summary>
    public async Task<T> NextAsync<T>(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        (await TakeAsync(null, null, timeout, cancellationToken)).Argument<T>();

    /// <summary>
    /// Takes calls until one matches (calls that do not match are taken too, and named in the
    /// timeout message). For values that may pass through intermediate states, e.g. a queue
    /// position that goes 3, 2, 1.
    /// </summary>
    public Task<ServerInvocation> WaitForAsync(Func<ServerInvocation, bool> predicate, string description, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return TakeAsync(predicate, description, timeout, cancellationToken);
    }

    internal void Add(ServerInvocation invocation)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _received.Add(invocation);
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    internal void Close(HubClosed closed)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _closed = closed;
            changed = _changed;
        }

        changed.TrySetResult();
    }

    private async Task<ServerInvocation> TakeAsync(Func<ServerInvocation, bool>? predicate, string? description, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var limit = timeout ?? _defaultTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        var skipped = new List<ServerInvocation>();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                while (_next < _received.Count)
                {
                    var invocation = _received[_next++];
                    if (predicate is null || predicate(invocation))
                    {
                        return invocation;
                    }

                    skipped.Add(invocation);
                }

                if (_closed is not null)
                {
                    throw new InvalidOperationException($"The connection closed ({_closed}) while waiting for {Awaited(description)}{Skipped(skipped)}.");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.###} s waiting for {Awaited(description)}{Skipped(skipped)}.");
            }
        }
    }

    private string Awaited(string? description) =>
        $"the server to call '{Method}'{(description is null ? string.Empty : $" with {description}")} on connection {_connectionId}";

    private static string Skipped(List<ServerInvocation> skipped) =>
        skipped.Count == 0 ? string.Empty : $"; skipped {skipped.Count}: {string.Join("; ", skipped)}";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
