namespace GraduateFair.Grains.Events;

/// <summary>
/// Whether a user has a live connection. A place in a queue belongs to the graduate, not to a
/// connection; "call next" skips graduates who are offline (keeping their place) instead of
/// inviting them into a no-show.
/// </summary>
public interface IPresence
{
    bool IsOnline(string userId);
}
