using System.Buffers;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>
/// The least of a SignalR JSON-protocol client that can stand in for thousands of browsers:
/// negotiate, WebSocket, handshake, then every record handed to a callback as it arrives, and a
/// ping when asked, and hub invocations sent without waiting (their completions arrive as records).
/// </summary>
public sealed class LeanHubClient : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] PingRecord = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket _socket;
    private readonly Action<ReadOnlyMemory<byte>> _onRecord;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _handshaken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Task _receiving = Task.CompletedTask;
    private static int _faults;

    private LeanHubClient(ClientWebSocket socket, Action<ReadOnlyMemory<byte>> onRecord)
    {
        _socket = socket;
        _onRecord = onRecord;
    }

    /// <summary>Records whose handler threw, across all clients.</summary>
    public static int Faults => Volatile.Read(ref _faults);

    public static Exception? LastFault { get; private set; }

    /// <summary>Why the connection ended, once it has.</summary>
    public string? ClosedBecause { get; private set; }

    public static async Task<LeanHubClient> ConnectAsync(HttpClient http, Uri hubUrl, string token, Action<ReadOnlyMemory<byte>> onRecord, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(hubUrl);
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, new Uri($"{hubUrl}/negotiate?negotiateVersion=1"));
        negotiate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var negotiated = await http.SendAsync(negotiate, cancellationToken);
        negotiated.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await negotiated.Content.ReadAsStreamAsync(cancellationToken));
        var connectionToken = answer.RootElement.GetProperty("connectionToken").GetString();

        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        var client = new LeanHubClient(socket, onRecord);
        try
        {
            var ws = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == "https" ? "wss" : "ws", Query = $"id={Uri.EscapeDataString(connectionToken!)}" }.Uri;
            await socket.ConnectAsync(ws, cancellationToken);
            client._receiving = client.ReceiveAsync();
            await socket.SendAsync(Handshake, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            await client._handshaken.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Keeps the connection alive (the server drops clients silent for 30 s).</summary>
    public Task PingAsync(CancellationToken cancellationToken) => SendRecordAsync(PingRecord, cancellationToken);

    /// <summary>Sends a hub invocation; its completion (type 3, with <paramref name="invocationId"/>) comes to the record callback.</summary>
    public Task InvokeAsync(string invocationId, string target, object?[] arguments, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { type = 1, invocationId, target, arguments });
        var record = new byte[json.Length + 1];
        json.CopyTo(record, 0);
        record[^1] = RecordSeparator;
        return SendRecordAsync(record, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }

    private async Task SendRecordAsync(ReadOnlyMemory<byte> record, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var pending = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClosedBecause = $"the server closed the WebSocket ({_socket.CloseStatus})";
                    return;
                }

                var data = buffer.AsMemory(0, result.Count);
                while (data.Span.IndexOf(RecordSeparator) is var end and >= 0)
                {
                    if (pending.WrittenCount == 0)
                    {
                        Deliver(data[..end]);
                    }
                    else
                    {
                        pending.Write(data.Span[..end]);
                        Deliver(pending.WrittenMemory);
                        pending.ResetWrittenCount();
                    }

                    data = data[(end + 1)..];
                }

                pending.Write(data.Span);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            ClosedBecause ??= exception.Message;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _handshaken.TrySetException(new InvalidOperationException($"The hub connection closed before the handshake: {ClosedBecause}"));
        }
    }

    private void Deliver(ReadOnlyMemory<byte> record)
    {
        if (!_handshaken.Task.IsCompleted)
        {
            _handshaken.TrySetResult();
            return;
        }

        try
        {
            _onRecord(record);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A fault in the tool's own bookkeeping must not end the connection; it is counted.
            Interlocked.Increment(ref _faults);
            LastFault = exception;
        }
    }
}
