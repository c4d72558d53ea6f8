using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Jobs;
using GraduateFair.Grains.Pushes;
using GraduateFair.Grains.Tests.Support;

namespace GraduateFair.Grains.Tests.Pushes;

public sealed class JobPushGrainTests : EngineTests
{
    [Fact]
    public async Task SweepsPushJobsNotPushedBeforeAndForgetAClosedFairsJobsWhileTheyStayCounted()
    {
        var fairId = await Engine.CreateFairAsync();
        var openJobs = Engine.Grain<IOpenJobsGrain>(OpenJobsGrain.SingletonKey);
        foreach (var id in new[] { "job-1", "job-2", "job-3", "job-4" })
        {
            Assert.True(await openJobs.AddAsync(new OpenJobEntry(id, "booth-1", fairId, "Wuhan Optics Ltd", id, Discipline.Engineering, Degree.Bachelor, "Wuhan", 2, Engine.Clock.GetUtcNow())));
        }

        await IndexAsync("ana");
        await IndexAsync("zoe", PriorityGroup.HardshipFamily);
        var pushes = new JobPushes(Engine.Cluster.GrainFactory, Engine.Clock);

        var first = await pushes.SweepAsync();
        var anaFirst = await PushedAsync("ana");
        var zoeFirst = await PushedAsync("zoe");
        var second = await pushes.SweepAsync();
        var anaSecond = await PushedAsync("ana");
        var third = await pushes.SweepAsync();
        await Engine.Grain<IFairGrain>(fairId).CloseAsync();
        var addedAfterClosing = await openJobs.AddAsync(new OpenJobEntry("job-5", "booth-1", fairId, "Wuhan Optics Ltd", "job-5", Discipline.Engineering, Degree.Bachelor, "Wuhan", 2, Engine.Clock.GetUtcNow()));
        await pushes.SweepAsync();
        var anaAfterClosing = await Engine.Grain<ICaseShardGrain>(GraduateShards.For("ana")).GetAsync("ana");

        Assert.Equal((new PushTally(2, 7), new PushTally(1, 1), PushTally.None), (first, second, third));
        Assert.Equal(3, anaFirst.Count);
        Assert.Equal(["job-1", "job-2", "job-3", "job-4"], zoeFirst.Order());
        Assert.Equal(["job-1", "job-2", "job-3", "job-4"], anaSecond.Order());
        Assert.False(addedAfterClosing);
        Assert.Empty(anaAfterClosing!.Pushed);
        Assert.Equal((4, 4), (anaAfterClosing.RecommendationsPushed, anaAfterClosing.Services.Recommendation));
    }

    private async Task IndexAsync(string graduateId, params PriorityGroup[] groups)
    {
        await Engine.GraduateAsync(graduateId, consentedGroups: groups);
        var summary = (await Engine.Graduate(graduateId).GetCaseSummaryAsync())!;
        Assert.Equal(CaseStatus.Seeking, summary.Case.Status);
        await Engine.Grain<ICaseShardGrain>(GraduateShards.For(graduateId)).UpsertAsync(summary);
    }

    private async Task<List<string>> PushedAsync(string graduateId) =>
        [.. (await Engine.Grain<ICaseShardGrain>(GraduateShards.For(graduateId)).GetAsync(graduateId))!.Pushed.Select(p => p.Match.JobId)];
}
