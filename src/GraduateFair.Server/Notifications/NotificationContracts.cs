using GraduateFair.Grains.Notifications;

namespace GraduateFair.Server.Notifications;

/// <summary>One entry of GET /api/me/notifications.</summary>
public sealed record NotificationResponse(
    string NotificationId,
    NotificationKind Kind,
    string FairId,
    string Title,
    DateTimeOffset OpensAt,
    string Text,
    DateTimeOffset CreatedAt,
    bool Read,
    DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(GraduateNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(notification.NotificationId, notification.Kind, notification.FairId, notification.Title, notification.OpensAt, notification.Text,
            notification.CreatedAt, notification.ReadAt is not null, notification.ReadAt);
    }
}
