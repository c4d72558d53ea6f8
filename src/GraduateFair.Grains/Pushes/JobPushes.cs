using GraduateFair.Domain.Matching;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Jobs;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Pushes;

/// <summary>
/// Pushes matched open jobs to graduates still looking for work: a weekly sweep over everyone, and
/// a push to the graduates a newly posted job matches. Each push runs the priority-group pass on
/// every shard first, then the others, so priority graduates are served first; every shard stores
/// its pass in a few large writes.
/// </summary>
public sealed class JobPushes(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>The weekly sweep: every graduate still looking gets up to 3 (priority groups 5) jobs not pushed to them before.</summary>
    public Task<PushTally> SweepAsync() => PushAsync(null);

    /// <summary>Pushes to the graduates the job matches (each gets a batch from all open jobs); nothing when the job is not open.</summary>
    public async Task<PushTally> PushNewJobAsync(string jobId)
    {
        var jobs = await OpenJobs.GetAsync([jobId]);
        return jobs.Count == 0 ? PushTally.None : await PushAsync(jobs[0].ToOpenJob());
    }

    private async Task<PushTally> PushAsync(OpenJob? newJob)
    {
        var snapshot = await OpenJobs.GetSnapshotAsync();
        var pushId = Ids.New("push");
        var at = clock.GetUtcNow();
        var total = PushTally.None;
        foreach (var priorityGroup in (bool[])[true, false])
        {
            var round = new PushRound(pushId, at, snapshot, priorityGroup, newJob);
            var tallies = await Task.WhenAll(GraduateShards.All.Select(key => grains.GetGrain<ICaseShardGrain>(key).PushAsync(round)));
            total = tallies.Aggregate(total, PushTally.Add);
        }

        return total;
    }

    private IOpenJobsGrain OpenJobs => grains.GetGrain<IOpenJobsGrain>(OpenJobsGrain.SingletonKey);
}
