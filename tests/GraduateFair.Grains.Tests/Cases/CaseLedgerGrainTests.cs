using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Queues;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Cases;

public sealed class CaseLedgerGrainTests : EngineTests
{
    [Fact]
    public async Task AnInterviewAndAnOfferMoveTheCaseAndTheQueuePutsEachSummaryInTheShard()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync());
        await Engine.GraduateAsync("ana");
        await Engine.JoinedAsync("ana", booth.BoothId);
        var shard = Engine.Grain<ICaseShardGrain>(GraduateShards.For("ana"));

        var room = await Engine.InterviewNextAsync(booth);
        var duringInterview = (await shard.GetAsync("ana"))?.Summary?.Case.Status;
        await Engine.EndRoomAsync(room, InterviewOutcome.Offer);
        var afterOffer = (await shard.GetAsync("ana"))?.Summary?.Case.Status;
        var record = await Engine.Graduate("ana").GetCaseAsync();

        Assert.Equal((CaseStatus.Interviewing, CaseStatus.Offer), (duringInterview, afterOffer));
        Assert.Equal(
            [(CaseStatus.Seeking, CaseStatus.Interviewing, CaseActor.Engine, room.RoomId), (CaseStatus.Interviewing, CaseStatus.Offer, CaseActor.Engine, room.RoomId)],
            record!.Case.History.Select(c => (c.From, c.To, c.Actor, c.ActorId)));
        Assert.Equal(record.Summary, (await shard.GetAsync("ana"))!.Summary);
    }

    [Fact]
    public async Task AShardKeepsTheNewestSummaryWhateverOrderTheyArriveIn()
    {
        await Engine.GraduateAsync("ben");
        var graduate = Engine.Graduate("ben");
        var older = (await graduate.GetCaseSummaryAsync())!;
        var newer = (await graduate.RecordCaseServiceAsync(new CaseServiceEntry(ServiceKind.Guidance, 1, "organiser-1", "Careers talk"))).Summary!;
        var shard = Engine.Grain<ICaseShardGrain>(GraduateShards.For("ben"));

        await shard.UpsertAsync(newer);
        await shard.UpsertAsync(older);

        Assert.Equal(newer, (await shard.GetAsync("ben"))!.Summary);
        Assert.True(newer.Version > older.Version);
        Assert.Null(newer.Case.Services[0].Note);
        Assert.Equal("Careers talk", (await graduate.GetCaseAsync())!.Case.Services[0].Note);
    }

    [Fact]
    public async Task AfterConsentIsWithdrawnNoStoredBlobOfTheShardSaysTheGraduateWasInAPriorityGroup()
    {
        await Engine.GraduateAsync("zoe", consentedGroups: [PriorityGroup.Disability]);
        var graduate = Engine.Graduate("zoe");
        var key = GraduateShards.For("zoe");
        var shard = Engine.Grain<ICaseShardGrain>(key);
        await shard.UpsertAsync((await graduate.GetCaseSummaryAsync())!);
        Assert.Contains(await Engine.ReadBlobsAsync($"grains/case-shard/{key}/"), blob => blob.Value.Contains("\"inPriorityGroup\":true", StringComparison.Ordinal));

        await Engine.WithdrawPriorityAsync("zoe");
        await shard.UpsertAsync((await graduate.GetCaseSummaryAsync())!);

        var blobs = await Engine.ReadBlobsAsync($"grains/case-shard/{key}/");
        Assert.NotEmpty(blobs);
        foreach (var (name, text) in blobs)
        {
            Assert.False(text.Contains("\"inPriorityGroup\":true", StringComparison.Ordinal), $"{name} still says zoe was in a priority group: {text}");
        }

        Assert.False((await shard.GetAsync("zoe"))!.Summary!.InPriorityGroup);
    }

    [Fact]
    public async Task AQueueRecordsEachWaitUntilTheFirstInvitationWithItsLaneAndForgetsTheLaneWhenConsentIsWithdrawn()
    {
        var booth = await Engine.OpenBoothAsync(await Engine.CreateFairAsync(Theme.HardshipFamily));
        await Engine.GraduateAsync("ana");
        await Engine.GraduateAsync("zoe", consentedGroups: [PriorityGroup.HardshipFamily]);
        await Engine.JoinedAsync("ana", booth.BoothId);
        Engine.Clock.Advance(TimeSpan.FromSeconds(60));
        await Engine.JoinedAsync("zoe", booth.BoothId);
        Engine.Clock.Advance(TimeSpan.FromSeconds(240));
        var first = await Engine.InterviewNextAsync(booth);
        Engine.Clock.Advance(TimeSpan.FromSeconds(60));
        await Engine.EndRoomAsync(first, InterviewOutcome.Offer);
        var second = await Engine.InviteNextAsync(booth);
        var queue = Engine.Grain<IInterviewQueueGrain>(booth.BoothId);
        var before = await queue.GetStatisticsAsync();

        await Engine.WithdrawPriorityAsync("zoe");
        var after = await queue.GetStatisticsAsync();

        Assert.Equal(("zoe", "ana"), (first.GraduateId, second.GraduateId));
        Assert.Equal([(TimeSpan.FromSeconds(240), true), (TimeSpan.FromSeconds(360), false)], before!.Waits.Select(w => (w.Wait, w.PriorityLane)));
        Assert.Equal((1, 1, 2), (before.Interviews, before.Offers, before.Queued.Count));
        Assert.Equal([(TimeSpan.FromSeconds(240), false), (TimeSpan.FromSeconds(360), false)], after!.Waits.Select(w => (w.Wait, w.PriorityLane)));
    }
}
