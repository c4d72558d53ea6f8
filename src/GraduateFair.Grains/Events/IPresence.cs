namespace GraduateFair.Grains.Events;

/// <summary>
/// Whether a user has a live connection. A place in a queue belongs to the graduate, not to a
/// connection; "call next" skips graduates who are offline (keeping their place) instead of
/// inviting them into a no-show, and queues remove graduates offline for too long.
/// </summary>
public interface IPresence
{
    bool IsOnline(string userId);

    /// <summary>
    /// Since when the user has had no open connection: null while they have one (or when the host
    /// cannot tell); the process's start-up time when they have not connected since.
    /// </summary>
    DateTimeOffset? OfflineSince(string userId) => null;
}
