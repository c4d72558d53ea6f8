using GraduateFair.Runtime;

namespace GraduateFair.Grains.Jobs;

public sealed class OpenJobsGrain : JournaledGrain<OpenJobsState, OpenJobsEvent>, IOpenJobsGrain
{
    public const string SingletonKey = "all";

    private OpenJobsSnapshot? _snapshot;

    public Task<bool> AddAsync(OpenJobEntry job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (State.Jobs.ContainsKey(job.JobId) || State.ClosedFairs.Contains(job.FairId))
        {
            return Task.FromResult(false);
        }

        RaiseEvent(new OpenJobAdded(job));
        return Task.FromResult(true);
    }

    public Task CloseFairAsync(string fairId)
    {
        if (!State.ClosedFairs.Contains(fairId))
        {
            RaiseEvent(new FairJobsClosed(fairId));
        }

        return Task.CompletedTask;
    }

    public Task<OpenJobsSnapshot> GetSnapshotAsync()
    {
        if (_snapshot is null || _snapshot.Version != Version)
        {
            _snapshot = new OpenJobsSnapshot(Version, [.. State.Jobs.Values.OrderBy(j => j.JobId, StringComparer.Ordinal)]);
        }

        return Task.FromResult(_snapshot);
    }

    public Task<IReadOnlyList<OpenJobEntry>> GetAsync(IReadOnlyList<string> jobIds)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        IReadOnlyList<OpenJobEntry> found = [.. jobIds.Select(id => State.Jobs.GetValueOrDefault(id)).OfType<OpenJobEntry>()];
        return Task.FromResult(found);
    }

    protected override void TransitionState(OpenJobsState state, OpenJobsEvent change)
    {
        switch (change)
        {
            case OpenJobAdded added:
                state.Jobs[added.Job.JobId] = added.Job;
                break;
            case FairJobsClosed closed:
                state.ClosedFairs.Add(closed.FairId);
                foreach (var job in state.Jobs.Values.Where(j => j.FairId == closed.FairId).ToList())
                {
                    state.Jobs.Remove(job.JobId);
                }

                break;
        }
    }
}
