namespace GraduateFair.Grains.Notifications;

/// <summary>One entry of a graduate's notification list: a fair's reminder, read or not.</summary>
public sealed record GraduateNotification(
    string NotificationId,
    string GraduateId,
    NotificationKind Kind,
    string FairId,
    string Title,
    DateTimeOffset OpensAt,
    string Text,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt = null);
