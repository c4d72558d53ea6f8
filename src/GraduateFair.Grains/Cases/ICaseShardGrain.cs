using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Pushes;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Cases;

/// <summary>
/// One of <see cref="GraduateShards.Count"/> shards of the case ledger's index, keyed "0".."63":
/// a summary of each of its graduates' cases, the jobs pushed to them, and their follow-ups.
/// Whoever changes a graduate's case puts the new summary here (the graduate grain calls no
/// other grain); pushes and follow-up sweeps write here in a few large events per shard.
/// </summary>
public interface ICaseShardGrain : IGrainWithStringKey
{
    /// <summary>Keeps the summary unless the shard already holds a newer one (by <see cref="CaseSummary.Version"/>).</summary>
    Task UpsertAsync(CaseSummary summary);

    Task<CaseSlice> ListAsync(CaseQuery query);

    /// <summary>What the shard holds of one graduate; null when it holds nothing.</summary>
    Task<ShardCaseView?> GetAsync(string graduateId);

    /// <summary>Pushes jobs to the shard's graduates of one lane (<see cref="PushRound"/>).</summary>
    Task<PushTally> PushAsync(PushRound round);

    /// <summary>Creates a follow-up for every seeking or interviewing graduate due one at <paramref name="now"/> and without an open one; answers how many.</summary>
    Task<int> CreateFollowUpsAsync(DateTimeOffset now);

    Task<FollowUpSlice> ListFollowUpsAsync(FollowUpQuery query);

    /// <summary>The follow-up with its graduate's name and case status; null when there is none.</summary>
    Task<FollowUpView?> GetFollowUpAsync(string followUpId);

    /// <summary>Completes a follow-up, keeping <paramref name="summary"/> (the case after the contact) when given.</summary>
    Task<FollowUpCompleteResult> CompleteFollowUpAsync(string followUpId, FollowUpCompletion completion, CaseSummary? summary);

    /// <summary>The cases as they stood just before <paramref name="before"/>, with their graduates' cities (only <paramref name="city"/>'s when given).</summary>
    Task<IReadOnlyList<SupervisionEntry>> ListSupervisionAsync(DateTimeOffset before, string? city);
}
