using GraduateFair.Domain.Fairs;
using GraduateFair.Runtime.Testing;
using GraduateFair.Server.Scheduling;
using GraduateFair.Server.Tests.Support;
using GraduateFair.Storage.InMemory;

namespace GraduateFair.Server.Tests.Scheduling;

/// <summary>Quartz's store is in memory: after a restart, triggers come back from the fairs, and what fell due while the server was down is dealt with on purpose.</summary>
public sealed class ScheduleRestartTests
{
    private static readonly DateTimeOffset OpensAt = ScheduledApp.StartTime.AddHours(1);
    private static readonly DateTimeOffset ClosesAt = ScheduledApp.StartTime.AddHours(4);

    private readonly InMemoryBlobStore _store = new();
    private readonly ManualTimeProvider _clock = new(ScheduledApp.StartTime);

    [Fact]
    public async Task AFairWhoseOpeningPassedWhileTheServerWasDownOpensAtStartUpWithoutLateRemindersAndClosesOnTime()
    {
        var (fairId, graduateEmail) = await ScheduleAFairAndStopAsync();

        // Down from before both reminders until after the opening.
        _clock.AdvanceTo(OpensAt.AddMinutes(30));
        await using var restarted = ScheduledApp.Start(new GraduateFairApp(ScheduledApp.Settings, _store, _clock));
        var organiser = await restarted.Story.OrganiserAsync();
        var graduate = await restarted.Story.Client.SignInAsync(graduateEmail, "password-123");
        var atStartUp = await restarted.Story.FairStatusAsync(organiser, fairId);
        var notifications = await restarted.Story.ArrayAsync("/api/me/notifications", graduate);
        var closing = restarted.Probe.Next(FairSchedule.CloseJob, fairId);
        _clock.AdvanceTo(ClosesAt);
        await SchedulerProbe.Within(closing, "the fair to close on time after the restart");

        Assert.Equal("open", atStartUp);
        Assert.Empty(notifications);
        Assert.Empty(restarted.App.Notifier.Reminders);
        Assert.Equal("closed", await restarted.Story.FairStatusAsync(organiser, fairId));
        Assert.Equal([FairStatus.Open, FairStatus.Closed], restarted.App.FairStatuses.Of(fairId));
    }

    [Fact]
    public async Task AFairWhoseClosingAlsoPassedWhileTheServerWasDownClosesAtOnceAtStartUp()
    {
        var (fairId, _) = await ScheduleAFairAndStopAsync();

        _clock.AdvanceTo(ClosesAt.AddMinutes(1));
        await using var restarted = ScheduledApp.Start(new GraduateFairApp(ScheduledApp.Settings, _store, _clock));
        var organiser = await restarted.Story.OrganiserAsync();

        Assert.Equal("closed", await restarted.Story.FairStatusAsync(organiser, fairId));
        Assert.Equal([FairStatus.Closed], restarted.App.FairStatuses.Of(fairId));
    }

    [Fact]
    public async Task ARemindersTriggerIsRebuiltAtStartUpAndSentOnTime()
    {
        var (fairId, graduateEmail) = await ScheduleAFairAndStopAsync();

        _clock.AdvanceTo(OpensAt.AddMinutes(-20));
        await using var restarted = ScheduledApp.Start(new GraduateFairApp(ScheduledApp.Settings, _store, _clock));
        var five = restarted.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/five");
        _clock.AdvanceTo(OpensAt.AddMinutes(-5));
        await SchedulerProbe.Within(five, "the 5-minute reminder after the restart");
        var graduate = await restarted.Story.Client.SignInAsync(graduateEmail, "password-123");

        Assert.Equal(["Restarted fair opens in 5 minutes."], (await restarted.Story.ArrayAsync("/api/me/notifications", graduate)).Select(n => n.Text("text")));
    }

    [Fact]
    public async Task AWeeklySweepMissedWhileTheServerWasDownRunsOnceAtStartUp()
    {
        await ScheduleAFairAndStopAsync();

        // Down over Monday 8 June, 03:00 in Wuhan, when the weekly push was due.
        _clock.AdvanceTo(ScheduledApp.StartTime.AddDays(7));
        var app = new GraduateFairApp(ScheduledApp.Settings, _store, _clock);
        var sweep = app.Probe.Next(Sweeps.WeeklyPush);
        await using var restarted = ScheduledApp.Start(app);
        var run = await SchedulerProbe.Within(sweep, "the missed weekly push to run at start-up");

        Assert.Equal(_clock.GetUtcNow(), run.FireTimeUtc);
    }

    private async Task<(string FairId, string GraduateEmail)> ScheduleAFairAndStopAsync()
    {
        await using var first = ScheduledApp.Start(new GraduateFairApp(ScheduledApp.Settings, _store, _clock));
        var organiser = await first.Story.OrganiserAsync();
        var fairId = await first.Story.CreateFairAtAsync(organiser, OpensAt, ClosesAt, title: "Restarted fair");
        var graduate = await first.Story.GraduateWithProfileAsync("Zhao Lei");
        await first.Story.RegisterAsync(graduate, fairId);
        return (fairId, graduate.Email);
    }
}
