using GraduateFair.Runtime;

namespace GraduateFair.Grains.Resumes;

public sealed class ResumeGrain : JournaledGrain<ResumeState, ResumeEvent>, IResumeGrain
{
    /// <summary>The access log keeps this many most recent entries.</summary>
    public const int MaxAccessLogEntries = 1000;

    public Task<ResumeFile?> GetAsync() => Task.FromResult(State.Current);

    public Task<ResumeFile?> ReplaceAsync(ResumeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var previous = State.Current;
        if (previous?.ResumeId == file.ResumeId)
        {
            return Task.FromResult<ResumeFile?>(null);
        }

        RaiseEvent(new ResumeReplaced(file));
        return Task.FromResult(previous);
    }

    public Task<ResumeFile?> RecordAccessAsync(ResumeViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (State.Current is not { } current)
        {
            return Task.FromResult<ResumeFile?>(null);
        }

        RaiseEvent(new ResumeAccessed(new ResumeAccess(
            viewer.EmployerId, viewer.EmployerName, viewer.CompanyId, viewer.CompanyName, current.ResumeId, TimeProvider.GetUtcNow())));
        return Task.FromResult<ResumeFile?>(current);
    }

    public Task<IReadOnlyList<ResumeAccess>> GetAccessLogAsync()
    {
        var log = new List<ResumeAccess>(State.Accesses);
        log.Reverse();
        return Task.FromResult<IReadOnlyList<ResumeAccess>>(log);
    }

    protected override void TransitionState(ResumeState state, ResumeEvent change)
    {
        switch (change)
        {
            case ResumeReplaced replaced:
                state.Current = replaced.Resume;
                break;
            case ResumeAccessed accessed:
                state.Accesses.Add(accessed.Access);
                if (state.Accesses.Count > MaxAccessLogEntries)
                {
                    state.Accesses.RemoveRange(0, state.Accesses.Count - MaxAccessLogEntries);
                }

                break;
        }
    }
}
