using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Graduates;
using GraduateFair.Runtime;

namespace GraduateFair.Server.Cases;

/// <summary>
/// Keeps the ledger's index in step with a graduate's case: whoever changed the graduate grain puts
/// its new summary into the graduate's shard (the graduate grain calls no other grain). A crash in
/// between leaves the index behind until the graduate's next change, or until an organiser opens the
/// case (which puts it there again).
/// </summary>
public static class CaseIndex
{
    public static ICaseShardGrain ShardOf(this IGrainFactory grains, string graduateId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<ICaseShardGrain>(GraduateShards.For(graduateId));
    }

    /// <summary>Puts the graduate's current summary into the index (nothing before their first profile).</summary>
    public static async Task RefreshAsync(IGrainFactory grains, string graduateId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (await grains.GetGrain<IGraduateGrain>(graduateId).GetCaseSummaryAsync() is { } summary)
        {
            await grains.ShardOf(graduateId).UpsertAsync(summary);
        }
    }

    public static Task PutAsync(IGrainFactory grains, CaseSummary? summary) =>
        summary is null ? Task.CompletedTask : grains.ShardOf(summary.GraduateId).UpsertAsync(summary);
}
