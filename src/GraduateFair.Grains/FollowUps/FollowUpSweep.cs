using GraduateFair.Grains.Cases;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.FollowUps;

/// <summary>The monthly sweep: a follow-up for every seeking or interviewing graduate not contacted for 30 days (one write per shard).</summary>
public sealed class FollowUpSweep(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>Answers how many follow-ups were created.</summary>
    public async Task<int> RunAsync()
    {
        var now = clock.GetUtcNow();
        var created = await Task.WhenAll(GraduateShards.All.Select(key => grains.GetGrain<ICaseShardGrain>(key).CreateFollowUpsAsync(now)));
        return created.Sum();
    }
}
