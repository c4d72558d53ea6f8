namespace GraduateFair.Grains.Events;

/// <summary>A fair's reminder as sent to a registered graduate (hub event <c>Reminder</c>); <paramref name="NotificationId"/> marks it read.</summary>
public sealed record ReminderNotice(string FairId, string Title, DateTimeOffset OpensAt, string Text, string NotificationId);
