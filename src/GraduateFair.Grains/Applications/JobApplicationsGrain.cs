using GraduateFair.Runtime;

namespace GraduateFair.Grains.Applications;

public sealed class JobApplicationsGrain : JournaledGrain<JobApplicationsState, JobApplicationEvent>, IJobApplicationsGrain
{
    public Task<ApplyResult> ApplyAsync(NewApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (State.Applications.Find(a => a.GraduateId == application.GraduateId && a.JobId == application.JobId) is { } earlier)
        {
            return Task.FromResult(new ApplyResult(earlier, false));
        }

        RaiseEvent(new JobApplied(new JobApplication(
            application.ApplicationId, Key, application.JobId, application.JobTitle, application.GraduateId, application.Applicant,
            application.ResumeId, application.SessionId, TimeProvider.GetUtcNow())));
        return Task.FromResult(new ApplyResult(State.Applications[^1], true));
    }

    public Task<IReadOnlyList<JobApplication>> ListAsync() =>
        Task.FromResult<IReadOnlyList<JobApplication>>([.. Enumerable.Reverse(State.Applications)]);

    public Task<bool> HasAppliedAsync(string graduateId) =>
        Task.FromResult(State.Applications.Exists(a => a.GraduateId == graduateId));

    protected override void TransitionState(JobApplicationsState state, JobApplicationEvent change)
    {
        if (change is JobApplied applied)
        {
            state.Applications.Add(applied.Application);
        }
    }
}
