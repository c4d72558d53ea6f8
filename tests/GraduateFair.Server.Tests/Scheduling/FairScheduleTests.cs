using System.Net;
using GraduateFair.Domain.Fairs;
using GraduateFair.Server.Scheduling;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GraduateFair.Server.Tests.Scheduling;

public sealed class FairScheduleTests
{
    private static readonly DateTimeOffset OpensAt = ScheduledApp.StartTime.AddHours(2);
    private static readonly DateTimeOffset ClosesAt = ScheduledApp.StartTime.AddHours(6);

    [Fact]
    public async Task AFairOpensAndClosesOnTimeByItself()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var fairId = await app.Story.CreateFairAtAsync(organiser, OpensAt, ClosesAt);
        var before = await app.Story.FairStatusAsync(organiser, fairId);

        var opening = app.Probe.Next(FairSchedule.OpenJob, fairId);
        app.Clock.AdvanceTo(OpensAt);
        await SchedulerProbe.Within(opening, "the fair to open on time");
        var afterOpening = await app.Story.FairStatusAsync(organiser, fairId);
        var closing = app.Probe.Next(FairSchedule.CloseJob, fairId);
        app.Clock.AdvanceTo(ClosesAt);
        await SchedulerProbe.Within(closing, "the fair to close on time");
        var afterClosing = await app.Story.FairStatusAsync(organiser, fairId);

        Assert.Equal(("scheduled", "open", "closed"), (before, afterOpening, afterClosing));
        Assert.Equal([FairStatus.Open, FairStatus.Closed], app.App.FairStatuses.Of(fairId));
    }

    [Fact]
    public async Task RegisteredGraduatesAreRemindedThirtyAndFiveMinutesBeforeTheOpening()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var fairId = await app.Story.CreateFairAtAsync(organiser, OpensAt, ClosesAt, title: "秋季校园招聘会");
        var registered = await app.Story.GraduateWithProfileAsync("Li Hua");
        var bystander = await app.Story.GraduateWithProfileAsync("Zhang Wei");
        var first = await app.Story.RegisterAsync(registered, fairId);
        var again = await app.Story.RegisterAsync(registered, fairId);

        var thirty = app.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/thirty");
        app.Clock.AdvanceTo(OpensAt.AddMinutes(-30));
        await SchedulerProbe.Within(thirty, "the 30-minute reminder");
        var afterThirty = await app.Story.ArrayAsync("/api/me/notifications", registered);
        var five = app.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/five");
        app.Clock.AdvanceTo(OpensAt.AddMinutes(-5));
        await SchedulerProbe.Within(five, "the 5-minute reminder");
        var afterFive = await app.Story.ArrayAsync("/api/me/notifications", registered);
        var (read, _) = await app.Story.Client.PostAsync($"/api/me/notifications/{afterFive[1]!.Text("notificationId")}/read", token: registered.Token);
        var afterRead = await app.Story.ArrayAsync("/api/me/notifications", registered);

        Assert.Equal(first.Text("registeredAt"), again.Text("registeredAt"));
        Assert.Equal(["秋季校园招聘会 opens in 30 minutes."], afterThirty.Select(n => n.Text("text")));
        Assert.Equal(["秋季校园招聘会 opens in 5 minutes.", "秋季校园招聘会 opens in 30 minutes."], afterFive.Select(n => n.Text("text")));
        Assert.All(afterFive, n => Assert.Equal(("fair-reminder", fairId, "秋季校园招聘会", OpensAt), (n.Text("kind"), n.Text("fairId"), n.Text("title"), n!["opensAt"]!.GetValue<DateTimeOffset>())));
        Assert.Equal(OpensAt.AddMinutes(-30), afterThirty[0]!["createdAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.NoContent, read);
        Assert.Equal([false, true], afterRead.Select(n => n!["read"]!.GetValue<bool>()));
        Assert.Empty(await app.Story.ArrayAsync("/api/me/notifications", bystander));
        Assert.Equal(
            [(registered.UserId, "秋季校园招聘会 opens in 30 minutes."), (registered.UserId, "秋季校园招聘会 opens in 5 minutes.")],
            app.App.Notifier.Reminders.Select(r => (r.GraduateId, r.Notice.Text)));
        Assert.All(app.App.Notifier.Reminders, r => Assert.Equal((fairId, OpensAt), (r.Notice.FairId, r.Notice.OpensAt)));
    }

    [Fact]
    public async Task AConnectedGraduateHearsTheReminderOverTheHubWithTheNotificationInTheirList()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var fairId = await app.Story.CreateFairAtAsync(organiser, OpensAt, ClosesAt, title: "Spring Fair");
        var registered = await app.Story.GraduateWithProfileAsync("Wang Fang");
        await app.Story.RegisterAsync(registered, fairId);
        await using var hub = await app.App.ConnectHubAsync(registered);

        var thirty = app.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/thirty");
        app.Clock.AdvanceTo(OpensAt.AddMinutes(-30));
        await SchedulerProbe.Within(thirty, "the 30-minute reminder");
        var reminder = await hub.On("Reminder").NextAsync<ReminderDto>();
        var listed = await app.Story.ArrayAsync("/api/me/notifications", registered);

        Assert.Equal(new ReminderDto(fairId, "Spring Fair", OpensAt, "Spring Fair opens in 30 minutes.", listed[0].Text("notificationId")!), reminder);
    }

    [Fact]
    public async Task AReminderWhoseTimeHadPassedWhenTheFairWasCreatedIsNotSent()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var opensAt = ScheduledApp.StartTime.AddMinutes(20);
        var fairId = await app.Story.CreateFairAtAsync(organiser, opensAt, opensAt.AddHours(3), title: "Short notice fair");
        var graduate = await app.Story.GraduateWithProfileAsync("Chen Jing");
        await app.Story.RegisterAsync(graduate, fairId);

        var five = app.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/five");
        app.Clock.AdvanceTo(opensAt.AddMinutes(-5));
        await SchedulerProbe.Within(five, "the 5-minute reminder");

        Assert.Null(await TriggerAsync(app, $"{fairId}/thirty-minutes-before"));
        Assert.Equal(["Short notice fair opens in 5 minutes."], (await app.Story.ArrayAsync("/api/me/notifications", graduate)).Select(n => n.Text("text")));
    }

    [Fact]
    public async Task MovingTheOpeningReschedulesTheOpeningAndTheRemindersAndTheClosing()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var fairId = await app.Story.CreateFairAtAsync(organiser, OpensAt, ClosesAt, title: "Moved fair");
        var graduate = await app.Story.GraduateWithProfileAsync("Wang Fang");
        await app.Story.RegisterAsync(graduate, fairId);
        var thirty = app.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/thirty");
        app.Clock.AdvanceTo(OpensAt.AddMinutes(-30));
        await SchedulerProbe.Within(thirty, "the 30-minute reminder for the first opening time");

        var newOpensAt = OpensAt.AddHours(1);
        var newClosesAt = ClosesAt.AddHours(2);
        var (patched, fair) = await app.Story.Client.SendAsync(HttpMethod.Patch, $"/api/fairs/{fairId}", new { opensAt = newOpensAt.ToString("O"), closesAt = newClosesAt.ToString("O"), title = "Moved fair, later" }, organiser.Token);
        var openTrigger = await TriggerAsync(app, $"{fairId}/open");
        var closeTrigger = await TriggerAsync(app, $"{fairId}/close");
        var reminderTrigger = await TriggerAsync(app, $"{fairId}/thirty-minutes-before");

        app.Clock.AdvanceTo(OpensAt);
        var stillScheduled = await app.Story.FairStatusAsync(organiser, fairId);
        var thirtyAgain = app.Probe.Next(FairSchedule.ReminderJob, $"{fairId}/thirty");
        app.Clock.AdvanceTo(newOpensAt.AddMinutes(-30));
        await SchedulerProbe.Within(thirtyAgain, "the 30-minute reminder for the new opening time");
        var opening = app.Probe.Next(FairSchedule.OpenJob, fairId);
        app.Clock.AdvanceTo(newOpensAt);
        await SchedulerProbe.Within(opening, "the fair to open at its new time");

        Assert.Equal(HttpStatusCode.OK, patched);
        Assert.Equal(("Moved fair, later", newOpensAt, newClosesAt), (fair.Text("title"), fair!["opensAt"]!.GetValue<DateTimeOffset>(), fair["closesAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(newOpensAt, openTrigger?.NextFireTimeUtc);
        Assert.Equal(newClosesAt, closeTrigger?.NextFireTimeUtc);
        Assert.Equal(newOpensAt.AddMinutes(-30), reminderTrigger?.NextFireTimeUtc);
        Assert.Equal("scheduled", stillScheduled);
        Assert.Equal("open", await app.Story.FairStatusAsync(organiser, fairId));
        Assert.Equal(
            ["Moved fair, later opens in 30 minutes.", "Moved fair opens in 30 minutes."],
            (await app.Story.ArrayAsync("/api/me/notifications", graduate)).Select(n => n.Text("text")));
    }

    [Fact]
    public async Task OpeningByHandDropsTheTriggersStillPendingAndClosingByHandDropsTheRest()
    {
        await using var app = ScheduledApp.Start();
        var organiser = await app.Story.OrganiserAsync();
        var fairId = await app.Story.CreateFairAtAsync(organiser, OpensAt, ClosesAt);

        await app.Story.Client.PostAsync($"/api/fairs/{fairId}/open", token: organiser.Token);
        var afterOpening = await TriggerNamesAsync(app, fairId);
        await app.Story.Client.PostAsync($"/api/fairs/{fairId}/close", token: organiser.Token);
        var afterClosing = await TriggerNamesAsync(app, fairId);

        Assert.Equal([$"{fairId}/close"], afterOpening);
        Assert.Empty(afterClosing);
    }

    private static async Task<ITrigger?> TriggerAsync(ScheduledApp app, string name)
    {
        var scheduler = await app.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(new TriggerKey(name, FairSchedule.Group));
    }

    private static async Task<List<string>> TriggerNamesAsync(ScheduledApp app, string fairId)
    {
        var scheduler = await app.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(FairSchedule.Group));
        return [.. keys.Select(k => k.Name).Where(n => n.StartsWith(fairId + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }
}
