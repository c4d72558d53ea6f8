using System.Collections.Concurrent;

namespace GraduateFair.Server.Tests.Hubs.Client.TestHub;

/// <summary>The test hub's connects and disconnects, awaitable by connection id.</summary>
public sealed class HubConnectionLog
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _connected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Disconnection>> _disconnected = new(StringComparer.Ordinal);

    /// <summary>Completes with the user id once the hub's OnConnectedAsync ran for the connection.</summary>
    public Task<string?> ConnectedAsync(string connectionId) => Connected(connectionId).Task;

    /// <summary>Completes once the hub's OnDisconnectedAsync ran for the connection.</summary>
    public Task<Disconnection> DisconnectedAsync(string connectionId) => Disconnected(connectionId).Task;

    internal void OnConnected(string connectionId, string? userId) => Connected(connectionId).TrySetResult(userId);

    internal void OnDisconnected(string connectionId, string? userId, Exception? exception) =>
        Disconnected(connectionId).TrySetResult(new Disconnection(connectionId, userId, exception));

    private TaskCompletionSource<string?> Connected(string connectionId) =>
        _connected.GetOrAdd(connectionId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource<Disconnection> Disconnected(string connectionId) =>
        _disconnected.GetOrAdd(connectionId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
