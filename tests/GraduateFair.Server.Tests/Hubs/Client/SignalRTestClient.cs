using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>
/// A test-only client of the SignalR JSON hub protocol over WebSockets (the .NET SignalR client
/// does not restore here). Negotiates (version 1), connects, handshakes, invokes hub methods,
/// records the server's calls of client methods per method, answers nothing but tolerates pings,
/// acks and sequence messages, and reports how the connection closed. No reconnect: a test that
/// needs one connects again.
/// </summary>
public sealed class SignalRTestClient : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly SignalRTestClientOptions _options;
    private readonly RecordSeparatorFramer _framer = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, PendingInvocation> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvocationInbox> _inboxes = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<HubClosed> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _lifetime = new();
    private Task _receiving = Task.CompletedTask;
    private Task _keepingAlive = Task.CompletedTask;
    private HubClosed? _closedWith;
    private int _nextInvocationId;
    private int _pingsReceived;
    private int _closing;
    private int _disposed;

    private SignalRTestClient(WebSocket socket, string connectionId, SignalRTestClientOptions options)
    {
        _socket = socket;
        ConnectionId = connectionId;
        _options = options;
    }

    /// <summary>The connection id the server knows this connection by (<c>Context.ConnectionId</c>).</summary>
    public string ConnectionId { get; }

    /// <summary>Completes when the connection has ended, saying how; never faults.</summary>
    public Task<HubClosed> Closed => _closed.Task;

    /// <summary>Pings received from the server so far.</summary>
    public int PingsReceived => Volatile.Read(ref _pingsReceived);

    /// <summary>Connects to a hub of an in-process server (e.g. <c>factory.Server</c>).</summary>
    public static Task<SignalRTestClient> ConnectAsync(TestServer server, string hubPath, SignalRTestClientOptions? options = null, CancellationToken cancellationToken = default) =>
        ConnectAsync(HubEndpoint.InProcess(server, hubPath), options, cancellationToken);

    /// <summary>Connects to a hub over the network (e.g. a Kestrel URL).</summary>
    public static Task<SignalRTestClient> ConnectAsync(Uri hubUrl, SignalRTestClientOptions? options = null, CancellationToken cancellationToken = default) =>
        ConnectAsync(HubEndpoint.Remote(hubUrl), options, cancellationToken);

    /// <summary>
    /// Negotiates, opens the WebSocket and completes the handshake. A refused negotiate throws
    /// <see cref="HttpRequestException"/> with the status code; a refused handshake throws
    /// <see cref="InvalidOperationException"/> with the server's error.
    /// </summary>
    public static async Task<SignalRTestClient> ConnectAsync(HubEndpoint endpoint, SignalRTestClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        options ??= new SignalRTestClientOptions();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.DefaultTimeout);
        SignalRTestClient? client = null;
        try
        {
            var (connectionId, connectionToken) = await HubNegotiation.NegotiateAsync(endpoint, options, deadline.Token);
            var url = HubNegotiation.WebSocketUrl(endpoint.Url, connectionToken, options.AccessToken);
            var socket = await endpoint.ConnectWebSocketAsync(url, HubNegotiation.Headers(options), deadline.Token);
            client = new SignalRTestClient(socket, connectionId, options);
            client._receiving = client.ReceiveAsync();
            await client.SendRecordAsync(HubProtocolWriter.Handshake(), deadline.Token);
            await client._handshake.Task.WaitAsync(deadline.Token);
            client._keepingAlive = client.KeepAliveAsync();
            return client;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(client);
            throw new TimeoutException($"Timed out after {options.DefaultTimeout.TotalSeconds:0.###} s connecting to the hub at {endpoint}.", exception);
        }
        catch
        {
            await DisposeQuietlyAsync(client);
            throw;
        }
    }

    /// <summary>The server's calls of a client method, from the moment the connection opened.</summary>
    public InvocationInbox On(string method)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        lock (_inboxes)
        {
            if (!_inboxes.TryGetValue(method, out var inbox))
            {
                inbox = new InvocationInbox(method, ConnectionId, _options.DefaultTimeout);
                if (_closedWith is { } closed)
                {
                    inbox.Close(closed);
                }

                _inboxes.Add(method, inbox);
            }

            return inbox;
        }
    }

    /// <summary>Every call of a client method received so far.</summary>
    public IReadOnlyList<ServerInvocation> Received(string method) => On(method).Received;

    /// <summary>
    /// Invokes a hub method and returns its result (default when the completion has none; the
    /// server sends <c>"result":null</c> for void methods). A hub error throws
    /// <see cref="HubException"/> with the server's message.
    /// </summary>
    public async Task<T> InvokeAsync<T>(string method, params object?[] arguments) =>
        await InvokeCoreAsync(method, arguments, null, CancellationToken.None) is { } result
            ? result.Deserialize<T>(_options.SerializerOptions)!
            : default!;

    /// <summary>Invokes a hub method and waits for its completion. A hub error throws <see cref="HubException"/> with the server's message.</summary>
    public Task InvokeAsync(string method, params object?[] arguments) =>
        InvokeCoreAsync(method, arguments, null, CancellationToken.None);

    /// <summary>
    /// Invokes a hub method; returns its result as JSON, or null when the completion has no
    /// <c>result</c> (the server does send <c>"result":null</c> for void methods).
    /// </summary>
    public async Task<JsonElement?> InvokeCoreAsync(string method, IReadOnlyList<object?> arguments, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        CheckArguments(arguments);
        var invocationId = Interlocked.Increment(ref _nextInvocationId).ToString(CultureInfo.InvariantCulture);
        var pending = new PendingInvocation(method);
        _pending[invocationId] = pending;
        var limit = timeout ?? _options.DefaultTimeout;
        try
        {
            ThrowIfClosed($"invoking '{method}'");
            await SendRecordAsync(HubProtocolWriter.Invocation(invocationId, method, arguments, _options.SerializerOptions), cancellationToken);
            return await pending.Completion.Task.WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.###} s waiting for the completion of '{method}' (invocation {invocationId}) on connection {ConnectionId}.", exception);
        }
        finally
        {
            _pending.TryRemove(invocationId, out _);
        }
    }

    /// <summary>Calls a hub method without waiting for it (an invocation without invocation id; the server sends nothing back).</summary>
    public Task SendAsync(string method, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        CheckArguments(arguments);
        ThrowIfClosed($"sending '{method}'");
        return SendRecordAsync(HubProtocolWriter.Invocation(null, method, arguments, _options.SerializerOptions), CancellationToken.None);
    }

    /// <summary>
    /// Drops the socket without a close message or a WebSocket close, as a lost network would.
    /// The server's OnDisconnectedAsync runs with an IOException in process (TestServer), but
    /// with null on Kestrel, exactly as for a clean close.
    /// </summary>
    public async Task AbortAsync()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        Interlocked.Exchange(ref _closing, 1);
        SetClosed(new HubClosed(HubCloseCause.ClientAborted, null, false));
        _socket.Abort();
        await StopBackgroundWorkAsync();
    }

    /// <summary>Closes cleanly: a close message, then the WebSocket close handshake.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (Volatile.Read(ref _closedWith) is null && Interlocked.Exchange(ref _closing, 1) == 0)
        {
            SetClosed(new HubClosed(HubCloseCause.ClientClosed, null, false));
            try
            {
                using var deadline = new CancellationTokenSource(_options.DefaultTimeout);
                await SendRecordAsync(HubProtocolWriter.Close(), deadline.Token);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, deadline.Token);
                await _receiving.WaitAsync(deadline.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // The connection was already going away; Closed says how.
                Trace($"close: {exception.Message}");
            }
        }

        await StopBackgroundWorkAsync();
        _socket.Dispose();
        _sendLock.Dispose();
        _lifetime.Dispose();
    }

    private async Task StopBackgroundWorkAsync()
    {
        await _lifetime.CancelAsync();
        _socket.Abort();
        await Task.WhenAll(_receiving, _keepingAlive);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[_options.ReceiveBufferSize];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, _lifetime.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    SetClosed(new HubClosed(HubCloseCause.SocketClosed, $"The server closed the WebSocket ({result.CloseStatus} {result.CloseStatusDescription}) without a close message.", false));
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        // Complete the close handshake the server started.
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, _lifetime.Token);
                    }

                    return;
                }

                foreach (var record in _framer.Push(buffer.AsSpan(0, result.Count)))
                {
                    await DispatchAsync(record);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            SetClosed(new HubClosed(HubCloseCause.SocketFailed, exception.Message, false));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            SetClosed(new HubClosed(HubCloseCause.ProtocolError, $"Not the SignalR JSON protocol: {exception.Message}", false));
            _socket.Abort();
        }
    }

    private async Task DispatchAsync(string record)
    {
        Trace($"<- {record}");
        using var document = JsonDocument.Parse(record);
        var root = document.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            if (root.TryGetProperty("error", out var handshakeError))
            {
                _handshake.TrySetException(new InvalidOperationException($"The server refused the handshake: {handshakeError.GetString()}"));
            }
            else
            {
                _handshake.TrySetResult();
            }

            return;
        }

        switch (root.GetProperty("type").GetInt32())
        {
            case HubProtocolWriter.InvocationType:
                await OnInvocationAsync(root);
                break;
            case HubProtocolWriter.CompletionType:
                OnCompletion(root);
                break;
            case HubProtocolWriter.PingType:
                Interlocked.Increment(ref _pingsReceived);
                break;
            case HubProtocolWriter.CloseType:
                SetClosed(new HubClosed(
                    HubCloseCause.CloseMessage,
                    root.TryGetProperty("error", out var error) ? error.GetString() : null,
                    root.TryGetProperty("allowReconnect", out var allowReconnect) && allowReconnect.GetBoolean()));
                break;
            default:
                // Stream items (2) are never asked for; acks (8) and sequence messages (9) belong
                // to stateful reconnect, which this client does not request; unknown types are
                // ignored as the official clients do.
                break;
        }
    }

    private async Task OnInvocationAsync(JsonElement root)
    {
        var target = root.GetProperty("target").GetString()!;
        if (root.TryGetProperty("invocationId", out var invocationId))
        {
            // A client-results call (ISingleClientProxy.InvokeAsync): answer so the server does not wait forever.
            await SendRecordAsync(
                HubProtocolWriter.CompletionWithError(invocationId.GetString()!, $"The SignalR test client does not return results to the server ('{target}')."),
                _lifetime.Token);
            return;
        }

        var arguments = root.TryGetProperty("arguments", out var array)
            ? array.EnumerateArray().Select(argument => argument.Clone()).ToArray()
            : [];
        On(target).Add(new ServerInvocation(target, arguments, _options.SerializerOptions));
    }

    private void OnCompletion(JsonElement root)
    {
        var invocationId = root.GetProperty("invocationId").GetString()!;
        if (!_pending.TryGetValue(invocationId, out var pending))
        {
            Trace($"completion of unknown or abandoned invocation {invocationId}");
            return;
        }

        if (root.TryGetProperty("error", out var error))
        {
            pending.Completion.TrySetException(new HubException(error.GetString()));
        }
        else
        {
            pending.Completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : null);
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_options.KeepAliveInterval == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                await SendRecordAsync(HubProtocolWriter.Ping(), _lifetime.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection ended; Closed says how.
        }
    }

    private async Task SendRecordAsync(ReadOnlyMemory<byte> record, CancellationToken cancellationToken)
    {
        if (_options.Trace is not null)
        {
            Trace($"-> {Encoding.UTF8.GetString(record.Span[..^1])}");
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void SetClosed(HubClosed closed)
    {
        lock (_inboxes)
        {
            if (_closedWith is not null)
            {
                return;
            }

            _closedWith = closed;
            foreach (var inbox in _inboxes.Values)
            {
                inbox.Close(closed);
            }
        }

        _closed.TrySetResult(closed);

        Trace($"closed: {closed}");
        _handshake.TrySetException(new InvalidOperationException($"The connection closed before the handshake completed: {closed}"));
        foreach (var (invocationId, pending) in _pending)
        {
            pending.Completion.TrySetException(new InvalidOperationException($"The connection closed ({closed}) before '{pending.Method}' (invocation {invocationId}) completed."));
        }
    }

    private void ThrowIfClosed(string doing)
    {
        if (Volatile.Read(ref _closedWith) is { } closed)
        {
            throw new InvalidOperationException($"Cannot go on {doing}: the connection {ConnectionId} closed ({closed}).");
        }
    }

    private void Trace(string line) => _options.Trace?.Invoke($"[{ConnectionId}] {line}");

    private static void CheckArguments(IReadOnlyList<object?> arguments)
    {
        if (arguments.Any(argument => argument is CancellationToken))
        {
            throw new ArgumentException("A CancellationToken is not a hub argument: use InvokeCoreAsync to pass one.", nameof(arguments));
        }
    }

    private static async Task DisposeQuietlyAsync(SignalRTestClient? client)
    {
        if (client is not null)
        {
            await client.AbortAsync();
            await client.DisposeAsync();
        }
    }

    private sealed class PendingInvocation(string method)
    {
        public string Method { get; } = method;

        public TaskCompletionSource<JsonElement?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
