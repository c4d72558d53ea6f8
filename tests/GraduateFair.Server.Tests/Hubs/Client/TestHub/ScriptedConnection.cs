using System.Net.WebSockets;
using System.Text;

namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>
/// The server side of one WebSocket of the <see cref="ScriptedServer"/>: a test decides byte by
/// byte and frame by frame what the client receives.
/// </summary>
public sealed class ScriptedConnection
{
    private readonly WebSocket _socket;
    private readonly RecordSeparatorFramer _framer = new();
    private readonly Queue<string> _records = new();

    internal ScriptedConnection(WebSocket socket) => _socket = socket;

    /// <summary>The next record the client sent (the first is its handshake request), without the separator.</summary>
    public async Task<string> ReceiveRecordAsync(CancellationToken cancellationToken = default)
    {
        var buffer = new byte[4096];
        while (_records.Count == 0)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The client closed the WebSocket while the script waited for a record.");
            }

            foreach (var record in _framer.Push(buffer.AsSpan(0, result.Count)))
            {
                _records.Enqueue(record);
            }
        }

        return _records.Dequeue();
    }

    /// <summary>Sends text as one WebSocket frame; <paramref name="endOfMessage"/> false leaves the WebSocket message open.</summary>
    public Task SendFrameAsync(string text, bool endOfMessage = true, CancellationToken cancellationToken = default) =>
        SendFrameAsync(Encoding.UTF8.GetBytes(text), endOfMessage, cancellationToken);

    /// <summary>Sends bytes as one WebSocket frame (they may end inside a UTF-8 sequence).</summary>
    public Task SendFrameAsync(ReadOnlyMemory<byte> bytes, bool endOfMessage = true, CancellationToken cancellationToken = default) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage, cancellationToken).AsTask();

    /// <summary>Closes the WebSocket (a clean close handshake, without a SignalR close message unless one was sent).</summary>
    public Task CloseAsync(CancellationToken cancellationToken = default) =>
        _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "script done", cancellationToken);

    /// <summary>Waits until the client closes its side, answering its close.</summary>
    public async Task WaitForClientCloseAsync(CancellationToken cancellationToken = default)
    {
        var buffer = new byte[4096];
        while ((await _socket.ReceiveAsync(buffer, cancellationToken)).MessageType != WebSocketMessageType.Close)
        {
        }

        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
    }
}
