using System.Collections.Concurrent;
using GraduateFair.Grains.Events;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Records every reminder sent to a graduate's screen.</summary>
public sealed class RecordingNotifier : IGraduateNotifier
{
    private readonly ConcurrentQueue<(string GraduateId, ReminderNotice Notice)> _reminders = new();

    public IReadOnlyList<(string GraduateId, ReminderNotice Notice)> Reminders => [.. _reminders];

    public void Reminder(string graduateId, ReminderNotice notice) => _reminders.Enqueue((graduateId, notice));
}
