using GraduateFair.Grains.Events;
using GraduateFair.Grains.Queues;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Hubs;

/// <summary>
/// Who has an open hub connection, counted per user from the hub's connect and disconnect
/// events. Offline means "no open connection": on Kestrel a dropped socket reaches the hub as a
/// clean close, so how a connection ended tells nothing. Users who have not connected since
/// start-up count as offline since start-up (presence is not kept across restarts). It is a
/// hosted service only so that it is created, and its start-up time taken, when the host starts.
/// </summary>
public sealed class ConnectionPresence : IPresence, IHostedService
{
    private readonly object _sync = new();
    private readonly Dictionary<string, int> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _offlineSince = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly TimeSpan _forgetAfter;

    public ConnectionPresence(TimeProvider clock, IOptions<QueueOptions> queues)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(queues);
        _clock = clock;
        StartedAt = clock.GetUtcNow();

        // Past the removal limit, "offline since start-up" gives every rule the same answer.
        _forgetAfter = queues.Value.OfflineRemoval;
    }

    public DateTimeOffset StartedAt { get; }

    /// <summary>Raised (outside any lock) when a user's last connection closes, with their id.</summary>
    public event Action<string>? WentOffline;

    public bool IsOnline(string userId)
    {
        lock (_sync)
        {
            return _connections.ContainsKey(userId);
        }
    }

    public DateTimeOffset? OfflineSince(string userId)
    {
        lock (_sync)
        {
            return _connections.ContainsKey(userId) ? null : _offlineSince.GetValueOrDefault(userId, StartedAt);
        }
    }

    /// <summary>Connections open now, across users.</summary>
    public int ConnectionCount
    {
        get
        {
            lock (_sync)
            {
                return _connections.Values.Sum();
            }
        }
    }

    public void Connected(string userId)
    {
        lock (_sync)
        {
            _connections[userId] = _connections.GetValueOrDefault(userId) + 1;
            _offlineSince.Remove(userId);
        }
    }

    public void Disconnected(string userId)
    {
        var now = _clock.GetUtcNow();
        lock (_sync)
        {
            if (!_connections.TryGetValue(userId, out var count))
            {
                return;
            }

            if (count > 1)
            {
                _connections[userId] = count - 1;
                return;
            }

            _connections.Remove(userId);
            _offlineSince[userId] = now;
            if (_offlineSince.Count % 1024 == 0)
            {
                Forget(now);
            }
        }

        WentOffline?.Invoke(userId);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Forget(DateTimeOffset now)
    {
        foreach (var (userId, since) in _offlineSince.ToList())
        {
            if (now - since > _forgetAfter)
            {
                _offlineSince.Remove(userId);
            }
        }
    }
}
