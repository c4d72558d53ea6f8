using GraduateFair.Runtime;

namespace GraduateFair.Grains.Applications;

/// <summary>Applications to a booth's jobs, keyed by booth id; one per graduate and job.</summary>
public interface IJobApplicationsGrain : IGrainWithStringKey
{
    /// <summary>Records the application; applying again to the same job returns the first one.</summary>
    Task<ApplyResult> ApplyAsync(NewApplication application);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<JobApplication>> ListAsync();

    /// <summary>Whether the graduate applied to one of the booth's jobs.</summary>
    Task<bool> HasAppliedAsync(string graduateId);
}
