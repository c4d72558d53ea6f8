using GraduateFair.Runtime;

namespace GraduateFair.Grains.Notifications;

/// <summary>
/// The notification lists of one shard of graduates (keyed like <see cref="Cases.GraduateShards"/>):
/// a reminder to a fair's registered graduates is one write per shard, not one per graduate.
/// </summary>
public interface INotificationShardGrain : IGrainWithStringKey
{
    /// <summary>Adds notifications and, once they are durable, tells each graduate (<see cref="Events.IGraduateNotifier"/>).</summary>
    Task AddAsync(IReadOnlyList<GraduateNotification> notifications);

    /// <summary>The graduate's notifications, newest first.</summary>
    Task<IReadOnlyList<GraduateNotification>> ListAsync(string graduateId);

    /// <summary>Marks one read (once); false when the graduate has no such notification.</summary>
    Task<bool> MarkReadAsync(string graduateId, string notificationId);
}
