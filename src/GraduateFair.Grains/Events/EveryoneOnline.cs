namespace GraduateFair.Grains.Events;

/// <summary>Presence for hosts without real-time connections: everyone counts as online.</summary>
public sealed class EveryoneOnline : IPresence
{
    public bool IsOnline(string userId) => true;
}
