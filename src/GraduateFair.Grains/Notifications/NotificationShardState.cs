namespace GraduateFair.Grains.Notifications;

public sealed class NotificationShardState
{
    /// <summary>Each graduate's notifications, oldest first.</summary>
    public Dictionary<string, List<GraduateNotification>> Graduates { get; set; } = new(StringComparer.Ordinal);
}
