using GraduateFair.Domain.Notifications;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Notifications;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Notifications;

public sealed class FairReminderGrainTests : EngineTests
{
    [Fact]
    public async Task AReminderGoesToEachRegisteredGraduateOnceAndAgainOnlyForAMovedOpening()
    {
        var fairId = await Engine.CreateFairAsync(open: false);
        var fair = Engine.Grain<IFairGrain>(fairId);
        var opensAt = (await fair.GetAsync())!.OpensAt.AddHours(1);
        await fair.EditAsync(new FairEdit(null, null, opensAt, opensAt.AddHours(8)));
        await fair.RegisterAsync("ana");
        await fair.RegisterAsync("ben");
        var reminders = new FairReminders(Engine.Cluster.GrainFactory);

        var early = await reminders.SendAsync(fairId, FairReminder.ThirtyMinutesBefore);
        Engine.Clock.AdvanceTo(opensAt.AddMinutes(-30));
        var onTime = await reminders.SendAsync(fairId, FairReminder.ThirtyMinutesBefore);
        var twice = await reminders.SendAsync(fairId, FairReminder.ThirtyMinutesBefore);
        var moved = await fair.EditAsync(new FairEdit(null, null, opensAt.AddHours(1), null));
        Engine.Clock.AdvanceTo(opensAt.AddMinutes(30));
        var afterMove = await reminders.SendAsync(fairId, FairReminder.ThirtyMinutesBefore);
        Engine.Clock.AdvanceTo(opensAt.AddHours(1).AddMinutes(-5).AddMinutes(2));
        var tooLate = await reminders.SendAsync(fairId, FairReminder.FiveMinutesBefore);
        var list = await Engine.Grain<INotificationShardGrain>(GraduateShards.For("ana")).ListAsync("ana");

        Assert.Equal((0, 2, 0, FairEditOutcome.Edited, 2, 0), (early, onTime, twice, moved.Outcome, afterMove, tooLate));
        Assert.Equal([opensAt.AddHours(1), opensAt], list.Select(n => n.OpensAt));
        Assert.Equal(2, list.Select(n => n.NotificationId).Distinct().Count());
    }
}
