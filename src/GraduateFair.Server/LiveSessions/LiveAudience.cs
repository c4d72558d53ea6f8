namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// Who watches which live session, by hub connection: transient, in memory, never persisted (the
/// session grain keeps only the peak and the distinct total it is told). A user watching from two
/// tabs counts once.
/// </summary>
public sealed class LiveAudience
{
    private readonly object _sync = new();
    private readonly Dictionary<string, SessionAudience> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sessionsOfConnection = new(StringComparer.Ordinal);

    /// <summary>The connection watches the session; returns how many users watch it now.</summary>
    public int Join(string sessionId, string connectionId, string userId)
    {
        lock (_sync)
        {
            if (!_sessions.TryGetValue(sessionId, out var audience))
            {
                audience = new SessionAudience();
                _sessions.Add(sessionId, audience);
            }

            if (!_sessionsOfConnection.TryGetValue(connectionId, out var watched))
            {
                watched = new HashSet<string>(StringComparer.Ordinal);
                _sessionsOfConnection.Add(connectionId, watched);
            }

            watched.Add(sessionId);
            audience.Join(connectionId, userId);
            return audience.Watching;
        }
    }

    /// <summary>The connection stops watching the session; returns how many users watch it now.</summary>
    public int Leave(string sessionId, string connectionId)
    {
        lock (_sync)
        {
            if (_sessionsOfConnection.TryGetValue(connectionId, out var watched) && watched.Remove(sessionId) && watched.Count == 0)
            {
                _sessionsOfConnection.Remove(connectionId);
            }

            if (!_sessions.TryGetValue(sessionId, out var audience))
            {
                return 0;
            }

            audience.Leave(connectionId);
            return audience.Watching;
        }
    }

    /// <summary>The connection closed: it leaves every session it watched; returns those sessions with how many watch them now.</summary>
    public IReadOnlyList<(string SessionId, int Watching)> Disconnected(string connectionId)
    {
        lock (_sync)
        {
            if (!_sessionsOfConnection.Remove(connectionId, out var watched))
            {
                return [];
            }

            List<(string, int)> left = [];
            foreach (var sessionId in watched)
            {
                if (_sessions.TryGetValue(sessionId, out var audience))
                {
                    audience.Leave(connectionId);
                    left.Add((sessionId, audience.Watching));
                }
            }

            return left;
        }
    }

    /// <summary>Whether this connection watches the session now.</summary>
    public bool IsWatching(string sessionId, string connectionId)
    {
        lock (_sync)
        {
            return _sessionsOfConnection.TryGetValue(connectionId, out var watched) && watched.Contains(sessionId);
        }
    }

    public int Watching(string sessionId)
    {
        lock (_sync)
        {
            return _sessions.TryGetValue(sessionId, out var audience) ? audience.Watching : 0;
        }
    }

    /// <summary>Every session whose audience changed since the last call; sessions nobody watches any more are forgotten once reported.</summary>
    public IReadOnlyList<AudienceChange> TakeChanges()
    {
        lock (_sync)
        {
            List<AudienceChange> changes = [];
            List<string> empty = [];
            foreach (var (sessionId, audience) in _sessions)
            {
                if (audience.TakeChange(sessionId) is { } change)
                {
                    changes.Add(change);
                }

                if (audience.Watching == 0)
                {
                    empty.Add(sessionId);
                }
            }

            empty.ForEach(id => _sessions.Remove(id));
            return changes;
        }
    }

    private sealed class SessionAudience
    {
        private readonly Dictionary<string, string> _userOfConnection = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _connectionsOfUser = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<string> _newViewers = [];
        private int _reported;
        private int _peak;

        public int Watching => _connectionsOfUser.Count;

        public void Join(string connectionId, string userId)
        {
            if (!_userOfConnection.TryAdd(connectionId, userId))
            {
                return;
            }

            _connectionsOfUser[userId] = _connectionsOfUser.GetValueOrDefault(userId) + 1;
            _peak = Math.Max(_peak, Watching);
            if (_seen.Add(userId))
            {
                _newViewers.Add(userId);
            }
        }

        public void Leave(string connectionId)
        {
            if (!_userOfConnection.Remove(connectionId, out var userId))
            {
                return;
            }

            var left = _connectionsOfUser[userId] - 1;
            if (left == 0)
            {
                _connectionsOfUser.Remove(userId);
            }
            else
            {
                _connectionsOfUser[userId] = left;
            }
        }

        public AudienceChange? TakeChange(string sessionId)
        {
            var countChanged = Watching != _reported;
            if (!countChanged && _newViewers.Count == 0)
            {
                return null;
            }

            var change = new AudienceChange(sessionId, Watching, [.. _newViewers], countChanged, Math.Max(_peak, Watching));
            _reported = Watching;
            _peak = Watching;
            _newViewers.Clear();
            return change;
        }
    }
}
