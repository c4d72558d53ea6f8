using GraduateFair.Runtime;

namespace GraduateFair.Grains.Fairs;

public sealed class FairDirectoryGrain : JournaledGrain<FairDirectoryState, FairDirectoryEvent>, IFairDirectoryGrain
{
    public const string SingletonKey = "all";

    public Task UpdateAsync(FairSummary fair)
    {
        ArgumentNullException.ThrowIfNull(fair);
        if (!State.Fairs.TryGetValue(fair.FairId, out var listed) || listed != fair)
        {
            RaiseEvent(new FairListed(fair));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FairSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<FairSummary>>([.. State.Fairs.Values.OrderBy(f => f.OpensAt).ThenBy(f => f.FairId, StringComparer.Ordinal)]);

    protected override void TransitionState(FairDirectoryState state, FairDirectoryEvent change)
    {
        if (change is FairListed listed)
        {
            state.Fairs[listed.Fair.FairId] = listed.Fair;
        }
    }
}
