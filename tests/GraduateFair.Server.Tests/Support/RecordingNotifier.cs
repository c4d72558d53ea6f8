using System.Collections.Concurrent;
using GraduateFair.Grains.Events;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Records every reminder sent to a graduate's screen, on its way to the real notifier.</summary>
public sealed class RecordingNotifier
{
    private readonly ConcurrentQueue<(string GraduateId, ReminderNotice Notice)> _reminders = new();

    public IReadOnlyList<(string GraduateId, ReminderNotice Notice)> Reminders => [.. _reminders];

    /// <summary>An <see cref="IGraduateNotifier"/> that records, then passes the reminder on to <paramref name="inner"/>.</summary>
    public IGraduateNotifier Forwarding(IGraduateNotifier inner) => new Recorder(this, inner);

    private sealed class Recorder(RecordingNotifier log, IGraduateNotifier inner) : IGraduateNotifier
    {
        public void Reminder(string graduateId, ReminderNotice notice)
        {
            log._reminders.Enqueue((graduateId, notice));
            inner.Reminder(graduateId, notice);
        }
    }
}
