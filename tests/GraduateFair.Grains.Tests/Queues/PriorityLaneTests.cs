using System.Text.Json;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Queues;

public sealed class PriorityLaneTests : EngineTests
{
    private static readonly PriorityGroup[] Hardship = [PriorityGroup.HardshipFamily];

    [Fact]
    public async Task AConsentedGraduateOfOneOfTheFairsGroupsWaitsInThePriorityLane()
    {
        var themed = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily));
        var general = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("ben", consentedGroups: [PriorityGroup.LowIncome]);
        await Engine.GraduateAsync("cai", consentedGroups: Hardship);
        await Engine.JoinedAsync("ana", themed.BoothId);
        await Engine.JoinedAsync("ben", themed.BoothId);
        await Engine.JoinedAsync("ana", general.BoothId);
        var after = Engine.Events.Count;

        var atThemed = await Engine.JoinedAsync("cai", themed.BoothId);
        var moved = await Engine.Events.WaitForAsync<QueuePositionsRecord>("positions after cai joined the themed booth", after: after);
        var atGeneral = await Engine.JoinedAsync("cai", general.BoothId);

        Assert.Equal(new QueuePlace(themed.BoothId, 1, 600, "about 10 minutes"), atThemed);
        Assert.Equal(
            [
                new QueuePositionUpdate("cai", 1, 600, "about 10 minutes"),
                new QueuePositionUpdate("ana", 2, 1200, "about 20 minutes"),
                new QueuePositionUpdate("ben", 3, 1800, "about 30 minutes"),
            ],
            moved.Updates);
        Assert.Equal(["cai", "ana", "ben"], await Engine.ServingOrderAsync(themed));
        Assert.Equal(2, atGeneral.Position);
        Assert.Equal(["ana", "cai"], await Engine.ServingOrderAsync(general));
    }

    [Fact]
    public async Task TheBoothServesTwoPriorityGraduatesForEachRegularOneWhileBothWait()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily));
        await Engine.GraduatesAsync("ana", "ben", "cai");
        foreach (var id in new[] { "xia", "yan", "zoe" })
        {
            await Engine.GraduateAsync(id, consentedGroups: Hardship);
        }

        foreach (var id in new[] { "ana", "ben", "xia", "yan", "zoe", "cai" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var order = await Engine.ServingOrderAsync(booth);
        var invited = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var invitation = await Engine.InviteNextAsync(booth);
            invited.Add(invitation.GraduateId);
            await Engine.DeclineAsync(invitation);
        }

        Assert.Equal(["xia", "yan", "ana", "zoe", "ben", "cai"], order);
        Assert.Equal(order, invited);
    }

    [Fact]
    public async Task ARegularGraduateIsServedWhilePriorityGraduatesKeepArriving()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily));
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);

        var invited = new List<string>();
        for (var i = 1; i <= 6; i++)
        {
            // A new priority graduate arrives before every call.
            await Engine.GraduateAsync($"new{i}", consentedGroups: Hardship);
            await Engine.JoinedAsync($"new{i}", booth.BoothId);
            var room = await Engine.InterviewNextAsync(booth);
            invited.Add(room.GraduateId);
            await Engine.EndRoomAsync(room);
        }

        Assert.Equal(["new1", "new2", "ana", "new3", "new4", "ben"], invited);
    }

    [Fact]
    public async Task TheEmployersViewShowsTheServingOrderAndNothingThatRevealsALane()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily, [PriorityGroup.Disability, PriorityGroup.LowIncome, PriorityGroup.ZeroEmploymentFamily]));
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("xia", [Accommodation.ExtraTime], [PriorityGroup.HardshipFamily, PriorityGroup.Disability]);
        await Engine.GraduateAsync("yan", consentedGroups: [PriorityGroup.LowIncome, PriorityGroup.ZeroEmploymentFamily]);
        foreach (var id in new[] { "ana", "xia", "yan" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var view = (await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer))!;

        Assert.Equal(["xia", "yan", "ana"], view.Waiting.Select(e => e.GraduateId));
        var xia = view.Waiting[0];
        Assert.Equal(
            new EmployerQueueEntry("xia", "Xia Chen", "Wuhan University", Discipline.Engineering, Degree.Bachelor, 2026, xia.Accommodations),
            xia);
        Assert.Equal([Accommodation.ExtraTime], xia.Accommodations);
        Assert.Equal(
            """{"graduateId":"xia","displayName":"Xia Chen","university":"Wuhan University","discipline":"engineering","degree":"bachelor","graduationYear":2026,"accommodations":["extra-time"]}""",
            EmployerFacing.AssertRevealsNoPriority(xia));
        using var json = JsonDocument.Parse(EmployerFacing.AssertRevealsNoPriority(view));
        Assert.Equal(["boothId", "paused", "waiting", "current"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.All(view.Waiting, entry => EmployerFacing.AssertRevealsNoPriority(entry));
    }

    [Fact]
    public async Task NothingAnEmployerReceivesAboutAPriorityGraduateRevealsTheLaneOrTheGroups()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.Disability, [PriorityGroup.HardshipFamily]), "Contoso", "emp-contoso-1", "emp-contoso-2");
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("xia", consentedGroups: [PriorityGroup.Disability]);
        await Engine.GraduateAsync("yan", consentedGroups: [PriorityGroup.HardshipFamily]);
        foreach (var id in new[] { "ana", "xia", "yan" })
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var first = await Engine.InviteNextAsync(booth, "emp-contoso-1");
        var viewWithInvitation = await Engine.Queue(booth.BoothId).GetEmployerViewAsync("emp-contoso-1");
        await Engine.AcceptAsync(first);
        var room = (await Engine.RoomAsync((await Engine.Graduate("xia").GetActivityAsync()).Room!.RoomId))!;
        var viewWithRoom = await Engine.Queue(booth.BoothId).GetEmployerViewAsync("emp-contoso-1");
        var second = await Engine.InviteNextAsync(booth, "emp-contoso-2");
        await Engine.LetExpireAsync(second);
        var ended = (await Engine.EndRoomAsync(room, InterviewOutcome.Offer, "Clear and calm.")).Room!;

        Assert.Equal("xia", first.GraduateId);
        Assert.Equal("yan", second.GraduateId);
        var employerFacing = new object[]
        {
            first,
            second,
            (await Engine.InvitationAsync(first.InvitationId))!,
            (await Engine.InvitationAsync(second.InvitationId))!,
            viewWithInvitation!,
            viewWithInvitation!.Current!,
            viewWithRoom!,
            viewWithRoom!.Current!,
            room,
            room.Graduate,
            ended,
            (await Engine.Queue(booth.BoothId).GetEmployerViewAsync("emp-contoso-2"))!,
            (await Engine.Queue(booth.BoothId).GetLoadAsync())!,
        };
        var employerEvents = Engine.Events.All.Where(e => e is BoothQueueRecord or InvitationAnsweredRecord or InvitationExpiredRecord or RoomEndedRecord).ToList();
        Assert.Contains(employerEvents, e => e is BoothQueueRecord);
        Assert.Contains(employerEvents, e => e is InvitationAnsweredRecord);
        Assert.Contains(employerEvents, e => e is InvitationExpiredRecord);
        Assert.Contains(employerEvents, e => e is RoomEndedRecord);
        foreach (var value in employerFacing.Concat(employerEvents))
        {
            EmployerFacing.AssertRevealsNoPriority(value);
        }
    }
}
