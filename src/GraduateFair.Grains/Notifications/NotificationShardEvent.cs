using System.Text.Json.Serialization;

namespace GraduateFair.Grains.Notifications;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(NotificationsAdded), "added")]
[JsonDerivedType(typeof(NotificationRead), "read")]
public abstract record NotificationShardEvent;

public sealed record NotificationsAdded(IReadOnlyList<GraduateNotification> Notifications) : NotificationShardEvent;

public sealed record NotificationRead(string GraduateId, string NotificationId, DateTimeOffset At) : NotificationShardEvent;
