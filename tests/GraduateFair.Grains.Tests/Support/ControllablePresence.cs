using System.Collections.Concurrent;
using GraduateFair.Grains.Events;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>Everyone is online until a test says otherwise.</summary>
internal sealed class ControllablePresence : IPresence
{
    private readonly ConcurrentDictionary<string, bool> _offline = new(StringComparer.Ordinal);

    public bool IsOnline(string userId) => !_offline.ContainsKey(userId);

    public void GoOffline(string userId) => _offline[userId] = true;

    public void ComeOnline(string userId) => _offline.TryRemove(userId, out _);
}
