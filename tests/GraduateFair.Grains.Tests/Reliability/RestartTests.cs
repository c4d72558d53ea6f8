using System.Text.Json;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Reliability;

[Trait("Category", "CrashRecovery")]
public sealed class RestartTests : EngineTests
{
    [Fact]
    public async Task AnOpenInvitationStillExpiresOnTimeAfterACrashOnceItsQueueIsActivatedAgain()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        var graduates = await Engine.GraduatesAsync("ana", "ben", "cai", "dan", "eva");
        foreach (var id in graduates)
        {
            await Engine.JoinedAsync(id, booth.BoothId);
        }

        var invitation = await Engine.InviteNextAsync(booth);
        Engine.Clock.Advance(TimeSpan.FromSeconds(30));

        await Engine.CrashAndRestartAsync();
        var afterRestart = await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer);
        Engine.Clock.Advance(TimeSpan.FromSeconds(59));
        var justBefore = await Engine.Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer);
        var statusJustBefore = (await Engine.InvitationAsync(invitation.InvitationId))!.Status;
        var after = Engine.Events.Count;
        Engine.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await Engine.Events.WaitForAsync<InvitationExpiredRecord>("the restarted queue to expire ana's invitation", after: after);

        Assert.Equal(invitation.InvitationId, afterRestart!.Current!.InvitationId);
        Assert.Equal(invitation.InvitationId, justBefore!.Current!.InvitationId);
        Assert.Equal(InvitationStatus.Pending, statusJustBefore);
        Assert.Equal(new InvitationExpiredRecord("ana", booth.Employer, invitation.InvitationId, booth.BoothId), expired);
        Assert.Equal(InvitationStatus.Expired, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Equal(["ben", "cai", "dan", "ana", "eva"], await Engine.ServingOrderAsync(booth));
    }

    [Fact]
    public async Task AQueueReactivatedAfterTheDeadlineExpiresTheInvitationBeforeALateAcceptSeesIt()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduatesAsync("ana", "ben");
        await Engine.JoinedAsync("ana", booth.BoothId);
        await Engine.JoinedAsync("ben", booth.BoothId);
        var invitation = await Engine.InviteNextAsync(booth);
        await Engine.CrashAndRestartAsync();

        // Nothing activates the queue while the deadline passes, so no timer can expire it first:
        // the activation that the late accept causes expires it before the accept runs.
        Engine.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await Engine.AcceptAsync(invitation);
        var expired = await Engine.Events.WaitForAsync<InvitationExpiredRecord>("ana's invitation to expire when the queue reactivates");

        Assert.Equal(AnswerOutcome.NotOpen, late.Outcome);
        Assert.Null(late.RoomId);
        Assert.Equal(invitation.InvitationId, expired.InvitationId);
        Assert.Equal(InvitationStatus.Expired, (await Engine.InvitationAsync(invitation.InvitationId))!.Status);
        Assert.Equal(["ben", "ana"], await Engine.ServingOrderAsync(booth));
        Assert.Null((await Engine.Graduate("ana").GetActivityAsync()).Room);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryAcknowledgedJoinLeaveInvitationAndOutcomeSurvivesARestartInTheSameOrder(bool crash)
    {
        var story = await PlayAFairAsync();
        var before = await DescribeAsync(story);

        if (crash)
        {
            await Engine.CrashAndRestartAsync();
        }
        else
        {
            await Engine.RestartGracefullyAsync();
        }

        var after = await DescribeAsync(story);

        Assert.Equal(before, after);
        Assert.Equal(15, (await Engine.Queue(story.A.BoothId).GetLoadAsync())!.Waiting);
        Assert.Equal(7, (await Engine.Queue(story.B.BoothId).GetLoadAsync())!.Waiting);

        // The restarted host goes on: the open invitation expires on time, the running interview ends.
        var expiring = Engine.Events.Count;
        Engine.Clock.Advance(TimeSpan.FromSeconds(49));
        var stillOpen = (await Engine.Queue(story.A.BoothId).GetEmployerViewAsync(story.OpenInvitation.EmployerId))!.Current;
        Engine.Clock.Advance(TimeSpan.FromSeconds(1));
        await Engine.Events.WaitForAsync<InvitationExpiredRecord>("the open invitation to expire after the restart", e => e.InvitationId == story.OpenInvitation.InvitationId, expiring);
        var ended = await Engine.EndRoomAsync(story.RunningRoom, InterviewOutcome.Advance);
        var load = (await Engine.Queue(story.A.BoothId).GetLoadAsync())!;

        Assert.Equal(story.OpenInvitation.InvitationId, stillOpen!.InvitationId);
        Assert.Equal(EndRoomOutcome.Ended, ended.Outcome);
        Assert.NotNull(await Engine.PlaceAsync(story.OpenInvitation.GraduateId, story.A.BoothId));

        // The interview before the restart (6 minutes) still counts: mean of 6 and 3.5 minutes.
        Assert.Equal(TimeSpan.FromSeconds(210), ended.Room!.EndedAt - ended.Room.StartedAt);
        Assert.Equal((load.Waiting + 1) * 285, load.EtaSeconds);
    }

    /// <summary>
    /// Two booths and 20 graduates: joins (three in the priority lane), leaves, an interview with
    /// an outcome at each booth, a declined and an expired invitation, and at the end one room
    /// running and one invitation open (issued 40 seconds ago).
    /// </summary>
    private async Task<FairStory> PlayAFairAsync()
    {
        var fairId = await Engine.CreateFairAsync(Theme.HardshipFamily);
        var a = await Engine.OpenBoothAsync(fairId, "Northwind", "emp-north-1", "emp-north-2");
        var b = await Engine.OpenBoothAsync(fairId, "Contoso", "emp-contoso-1");
        var graduates = Enumerable.Range(1, 20).Select(i => $"g{i:D2}").ToList();
        foreach (var id in graduates)
        {
            var consented = id is "g03" or "g08" or "g15" ? new[] { PriorityGroup.HardshipFamily } : null;
            var accommodations = id == "g10" ? new[] { Accommodation.ExtraTime } : null;
            await Engine.GraduateAsync(id, accommodations, consented);
        }

        for (var i = 0; i < graduates.Count; i++)
        {
            await Engine.JoinedAsync(graduates[i], a.BoothId);
            if (i % 2 == 0)
            {
                await Engine.JoinedAsync(graduates[i], b.BoothId);
            }
        }

        await Engine.LeaveAsync("g05", a.BoothId);
        await Engine.LeaveAsync("g07", b.BoothId);
        await Engine.LeaveAsync("g12", a.BoothId);

        var invitations = new List<string>();
        var rooms = new List<string>();
        var offer = await Engine.InterviewAsync(b, TimeSpan.FromMinutes(8), outcome: InterviewOutcome.Offer);
        var declined = await Engine.InviteNextAsync(b);
        await Engine.DeclineAsync(declined);
        var expired = await Engine.InviteNextAsync(b);
        await Engine.LetExpireAsync(expired);
        var reject = await Engine.InterviewAsync(a, TimeSpan.FromMinutes(6), "emp-north-1", InterviewOutcome.Reject);
        var running = await Engine.InterviewNextAsync(a, "emp-north-1");
        Engine.Clock.Advance(TimeSpan.FromMinutes(2));
        var open = await Engine.InviteNextAsync(a, "emp-north-2");
        Engine.Clock.Advance(TimeSpan.FromSeconds(40));

        invitations.AddRange([offer.InvitationId, declined.InvitationId, expired.InvitationId, reject.InvitationId, running.InvitationId, open.InvitationId]);
        rooms.AddRange([offer.RoomId, reject.RoomId, running.RoomId]);
        return new FairStory(fairId, a, b, graduates, invitations, rooms, open, running);
    }

    /// <summary>Everything the product can read back about the story, one line per answer, as JSON.</summary>
    private async Task<string> DescribeAsync(FairStory story)
    {
        var lines = new List<string>();
        void Add(string what, object? answer) => lines.Add($"{what}: {JsonSerializer.Serialize(answer, EmployerFacing.Json)}");

        Add("fair", await Engine.Fair(story.FairId).GetAsync());
        foreach (var booth in new[] { story.A, story.B })
        {
            Add($"booth {booth.CompanyName}", await Engine.Grain<IBoothGrain>(booth.BoothId).GetAsync());
            Add($"load {booth.CompanyName}", await Engine.Queue(booth.BoothId).GetLoadAsync());
            foreach (var employer in booth.Employers)
            {
                Add($"queue {booth.CompanyName} as {employer}", await Engine.Queue(booth.BoothId).GetEmployerViewAsync(employer));
            }

            foreach (var graduate in story.Graduates)
            {
                Add($"place of {graduate} at {booth.CompanyName}", await Engine.PlaceAsync(graduate, booth.BoothId));
            }
        }

        foreach (var graduate in story.Graduates)
        {
            Add($"slots of {graduate}", (await Engine.Graduate(graduate).GetQueueSlotsAsync()).OrderBy(s => s.BoothId, StringComparer.Ordinal));
            Add($"activity of {graduate}", await Engine.Graduate(graduate).GetActivityAsync());
            Add($"priority of {graduate}", await Engine.Graduate(graduate).GetPriorityAsync());
        }

        foreach (var invitation in story.Invitations)
        {
            Add($"invitation {invitation}", await Engine.InvitationAsync(invitation));
        }

        foreach (var room in story.Rooms)
        {
            Add($"room {room}", await Engine.RoomAsync(room));
        }

        return string.Join('\n', lines);
    }

    private sealed record FairStory(
        string FairId,
        TestBooth A,
        TestBooth B,
        IReadOnlyList<string> Graduates,
        IReadOnlyList<string> Invitations,
        IReadOnlyList<string> Rooms,
        InvitationRecord OpenInvitation,
        RoomRecord RunningRoom);
}
