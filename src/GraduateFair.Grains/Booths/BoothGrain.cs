using GraduateFair.Runtime;

namespace GraduateFair.Grains.Booths;

public sealed class BoothGrain : JournaledGrain<BoothState, BoothEvent>, IBoothGrain
{
    public Task<BoothInfo> CreateAsync(NewBooth booth)
    {
        ArgumentNullException.ThrowIfNull(booth);
        if (State.Booth is null)
        {
            RaiseEvent(new BoothCreated(new BoothInfo(Key, booth.FairId, booth.CompanyId, booth.CompanyName, booth.Title, booth.Description, [], TimeProvider.GetUtcNow())));
        }

        return Task.FromResult(State.Booth!);
    }

    public Task<BoothInfo?> GetAsync() => Task.FromResult(State.Booth);

    public Task<JobInfo?> AddJobAsync(string jobId, NewJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (State.Booth is not { } booth)
        {
            return Task.FromResult<JobInfo?>(null);
        }

        if (booth.Jobs.FirstOrDefault(j => j.JobId == jobId) is { } existing)
        {
            return Task.FromResult<JobInfo?>(existing);
        }

        RaiseEvent(new JobPosted(new JobInfo(jobId, job.Title, job.Discipline, job.Degree, job.City, job.Openings, job.SalaryMin, job.SalaryMax, job.Description, TimeProvider.GetUtcNow())));
        return Task.FromResult<JobInfo?>(State.Booth!.Jobs[^1]);
    }

    protected override void TransitionState(BoothState state, BoothEvent change)
    {
        state.Booth = change switch
        {
            BoothCreated created => created.Booth,
            JobPosted posted => state.Booth! with { Jobs = [.. state.Booth.Jobs, posted.Job] },
            _ => state.Booth,
        };
    }
}
