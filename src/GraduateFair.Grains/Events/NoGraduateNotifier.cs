namespace GraduateFair.Grains.Events;

/// <summary>Tells nobody: for hosts without real-time clients (the notification list still has it).</summary>
public sealed class NoGraduateNotifier : IGraduateNotifier
{
    public void Reminder(string graduateId, ReminderNotice notice)
    {
    }
}
