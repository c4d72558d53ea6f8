namespace GraduateFair.Domain.Notifications;

/// <summary>A reminder and when it is meant to go out.</summary>
public sealed record ScheduledReminder(FairReminder Reminder, DateTimeOffset SendAt);
