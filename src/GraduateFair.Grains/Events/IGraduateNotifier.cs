namespace GraduateFair.Grains.Events;

/// <summary>
/// What grains tell one graduate outside their queues, once it is durable (the reminder is also in
/// their notification list). The server implements it with the hub; calls must return at once and
/// never throw. Kept apart from <see cref="IFairEvents"/> so hosts add it without changing that.
/// </summary>
public interface IGraduateNotifier
{
    /// <summary>A fair the graduate registered for opens soon.</summary>
    void Reminder(string graduateId, ReminderNotice notice);
}
