using GraduateFair.Runtime.Testing;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>One host's view of the shared manual clock: its timers stop firing once the host is dead.</summary>
internal sealed class HostClock(ManualTimeProvider clock, HostLife life) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return clock.CreateTimer(
            s =>
            {
                if (life.IsAlive)
                {
                    callback(s);
                }
            },
            state,
            dueTime,
            period);
    }
}
