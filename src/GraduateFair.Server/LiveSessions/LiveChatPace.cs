using Microsoft.Extensions.Options;

namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// One chat message per user and session every <see cref="LiveStreamingOptions.ChatInterval"/>, on
/// the injected clock, whichever connection it comes from. In memory only: after a restart everyone
/// may speak at once, which is harmless. Entries whose interval has passed say nothing and are
/// dropped now and then.
/// </summary>
public sealed class LiveChatPace(TimeProvider clock, IOptions<LiveStreamingOptions> options)
{
    private const int PruneAbove = 4096;

    private readonly object _sync = new();
    private readonly Dictionary<(string SessionId, string UserId), DateTimeOffset> _nextAllowed = [];
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;

    /// <summary>Takes the user's turn to speak in the session; false when they spoke too recently.</summary>
    public bool TryTake(string sessionId, string userId)
    {
        var now = clock.GetUtcNow();
        lock (_sync)
        {
            if (_nextAllowed.TryGetValue((sessionId, userId), out var next) && now < next)
            {
                return false;
            }

            if (_nextAllowed.Count > PruneAbove && now - _prunedAt >= options.Value.ChatInterval)
            {
                _prunedAt = now;
                foreach (var key in _nextAllowed.Where(e => e.Value <= now).Select(e => e.Key).ToList())
                {
                    _nextAllowed.Remove(key);
                }
            }

            _nextAllowed[(sessionId, userId)] = now + options.Value.ChatInterval;
            return true;
        }
    }
}
