using GraduateFair.Runtime;

namespace GraduateFair.Grains.Jobs;

/// <summary>
/// The index of open jobs (jobs of booths at scheduled or open fairs) that job pushes pick from.
/// One grain: twenty thousand small entries, changed when a job is posted or a fair closes.
/// </summary>
public interface IOpenJobsGrain : IGrainWithStringKey
{
    /// <summary>Adds a job; false when it is already listed or its fair has closed.</summary>
    Task<bool> AddAsync(OpenJobEntry job);

    /// <summary>The fair closed: its jobs are open no more.</summary>
    Task CloseFairAsync(string fairId);

    Task<OpenJobsSnapshot> GetSnapshotAsync();

    /// <summary>The open jobs among <paramref name="jobIds"/>, in the order asked; jobs no longer open are left out.</summary>
    Task<IReadOnlyList<OpenJobEntry>> GetAsync(IReadOnlyList<string> jobIds);
}
