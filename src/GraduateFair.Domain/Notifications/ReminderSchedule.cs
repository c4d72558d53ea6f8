using System.Globalization;
using Humanizer;
using Humanizer.Localisation;

namespace GraduateFair.Domain.Notifications;

/// <summary>
/// When a fair's reminders go out: 30 and 5 minutes before it opens. A reminder is on time from
/// its send time until <see cref="Grace"/> after it; later it is dropped, never sent late (after
/// the server was down, or for a fair created 10 minutes before it opens, the 30-minute reminder
/// is simply not sent).
/// </summary>
/// <remarks>
/// The grace absorbs the scheduler's own lag (a trigger fires a few milliseconds after its time,
/// and Quartz's default misfire threshold is a minute), not downtime. The rule does not remember
/// what was sent: the owner of the schedule keeps which reminders went out for which
/// <c>opensAt</c>, so that a trigger left over from before a reschedule does not send twice.
/// </remarks>
public static class ReminderSchedule
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>How late a reminder may still go out: one minute.</summary>
    public static TimeSpan Grace { get; } = TimeSpan.FromMinutes(1);

    /// <summary>Every reminder, earliest first.</summary>
    public static IReadOnlyList<FairReminder> All { get; } = [FairReminder.ThirtyMinutesBefore, FairReminder.FiveMinutesBefore];

    /// <summary>How long before the opening the reminder goes out: 30 or 5 minutes.</summary>
    public static TimeSpan LeadTime(FairReminder reminder) => reminder switch
    {
        FairReminder.ThirtyMinutesBefore => TimeSpan.FromMinutes(30),
        FairReminder.FiveMinutesBefore => TimeSpan.FromMinutes(5),
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder, "Unknown reminder."),
    };

    /// <summary>When <paramref name="reminder"/> goes out for a fair opening at <paramref name="opensAt"/>.</summary>
    public static DateTimeOffset SendAt(FairReminder reminder, DateTimeOffset opensAt) => opensAt - LeadTime(reminder);

    /// <summary>
    /// The reminders still to send at <paramref name="now"/>, earliest first: those whose send
    /// time is ahead, or passed by no more than <see cref="Grace"/> (send those at once). Used to
    /// (re)build triggers at start-up and when a fair's times change.
    /// </summary>
    public static IReadOnlyList<ScheduledReminder> Pending(DateTimeOffset opensAt, DateTimeOffset now) =>
        [.. All.Select(r => new ScheduledReminder(r, SendAt(r, opensAt))).Where(s => IsOnTime(s.SendAt, now))];

    /// <summary>
    /// Whether a trigger for <paramref name="reminder"/> firing at <paramref name="firedAt"/> should
    /// send it for a fair now opening at <paramref name="opensAt"/>: only from its send time until
    /// <see cref="Grace"/> after. Earlier means the fair was moved later (a stale trigger); later
    /// means it is too late.
    /// </summary>
    public static bool ShouldSend(FairReminder reminder, DateTimeOffset opensAt, DateTimeOffset firedAt)
    {
        var sendAt = SendAt(reminder, opensAt);
        return firedAt >= sendAt && IsOnTime(sendAt, firedAt);
    }

    /// <summary>The reminder's text: "春季校园招聘会 opens in 30 minutes." (English, whatever the culture).</summary>
    public static string Text(FairReminder reminder, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var lead = LeadTime(reminder).Humanize(1, English, maxUnit: TimeUnit.Minute, minUnit: TimeUnit.Minute);
        return $"{title.Trim()} opens in {lead}.";
    }

    private static bool IsOnTime(DateTimeOffset sendAt, DateTimeOffset now) => now <= sendAt + Grace;
}
