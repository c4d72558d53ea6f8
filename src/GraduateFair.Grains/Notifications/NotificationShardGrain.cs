using GraduateFair.Grains.Events;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Notifications;

public sealed class NotificationShardGrain(IGraduateNotifier notifier) : JournaledGrain<NotificationShardState, NotificationShardEvent>, INotificationShardGrain
{
    /// <summary>A graduate's list keeps this many notifications; older ones drop off.</summary>
    public const int KeptPerGraduate = 100;

    public Task AddAsync(IReadOnlyList<GraduateNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        List<GraduateNotification> fresh = [.. notifications.Where(n => !Has(n.GraduateId, n.NotificationId))];
        if (fresh.Count == 0)
        {
            return Task.CompletedTask;
        }

        RaiseEvent(new NotificationsAdded(fresh));
        AfterConfirmed(() =>
        {
            foreach (var n in fresh.Where(n => n.Kind == NotificationKind.FairReminder))
            {
                notifier.Reminder(n.GraduateId, new ReminderNotice(n.FairId, n.Title, n.OpensAt, n.Text, n.NotificationId));
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GraduateNotification>> ListAsync(string graduateId)
    {
        IReadOnlyList<GraduateNotification> list = State.Graduates.TryGetValue(graduateId, out var own)
            ? [.. own.AsEnumerable().Reverse()]
            : [];
        return Task.FromResult(list);
    }

    public Task<bool> MarkReadAsync(string graduateId, string notificationId)
    {
        var notification = State.Graduates.GetValueOrDefault(graduateId)?.Find(n => n.NotificationId == notificationId);
        if (notification is null)
        {
            return Task.FromResult(false);
        }

        if (notification.ReadAt is null)
        {
            RaiseEvent(new NotificationRead(graduateId, notificationId, TimeProvider.GetUtcNow()));
        }

        return Task.FromResult(true);
    }

    protected override void TransitionState(NotificationShardState state, NotificationShardEvent change)
    {
        switch (change)
        {
            case NotificationsAdded added:
                foreach (var notification in added.Notifications)
                {
                    if (!state.Graduates.TryGetValue(notification.GraduateId, out var list))
                    {
                        state.Graduates.Add(notification.GraduateId, list = []);
                    }

                    list.Add(notification);
                    if (list.Count > KeptPerGraduate)
                    {
                        list.RemoveRange(0, list.Count - KeptPerGraduate);
                    }
                }

                break;
            case NotificationRead read:
                if (state.Graduates.GetValueOrDefault(read.GraduateId) is { } own && own.FindIndex(n => n.NotificationId == read.NotificationId) is var i and >= 0)
                {
                    own[i] = own[i] with { ReadAt = read.At };
                }

                break;
        }
    }

    private bool Has(string graduateId, string notificationId) =>
        State.Graduates.GetValueOrDefault(graduateId)?.Exists(n => n.NotificationId == notificationId) == true;
}
