using GraduateFair.Domain.Notifications;

namespace GraduateFair.Grains.Fairs;

/// <summary>A reminder due now, with what it says and to whom (the fair's registered graduates).</summary>
/// <param name="DueAt">The moment it was found due (the notifications' time).</param>
public sealed record ReminderBatch(string FairId, FairReminder Reminder, string Title, DateTimeOffset OpensAt, string Text, IReadOnlyList<string> Recipients, DateTimeOffset DueAt);
