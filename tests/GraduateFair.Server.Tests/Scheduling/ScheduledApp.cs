using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Scheduling;

/// <summary>A fresh server per test on a manual clock starting at a fixed time, with a probe on its scheduler.</summary>
internal sealed class ScheduledApp : IAsyncDisposable
{
    /// <summary>Tuesday 2 June 2026, 09:00 in Wuhan.</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 6, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Tests move the clock by weeks: idle grains are looked for hourly, not every minute, and sign-ins last.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Grains:CollectionInterval"] = "01:00:00",
        ["Auth:SessionLifetime"] = "400.00:00:00",
    };

    private ScheduledApp(GraduateFairApp app, SchedulerProbe probe)
    {
        App = app;
        Probe = probe;
        Story = new Story(app);
    }

    public GraduateFairApp App { get; }

    public SchedulerProbe Probe { get; }

    public Story Story { get; }

    public ManualTimeProvider Clock => App.Clock;

    /// <summary>Starts <paramref name="app"/> (a new one on a clock at <see cref="Start"/> when null); start-up is over when this returns.</summary>
    public static ScheduledApp Start(GraduateFairApp? app = null)
    {
        app ??= new GraduateFairApp(Settings, clock: new ManualTimeProvider(StartTime));
        _ = app.Server;
        return new ScheduledApp(app, app.Probe);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
