using GraduateFair.Runtime;

namespace GraduateFair.Grains.Booths;

/// <summary>A company's booth (展位) at one fair, with its jobs (岗位), keyed by booth id.</summary>
public interface IBoothGrain : IGrainWithStringKey
{
    Task<BoothInfo> CreateAsync(NewBooth booth);

    Task<BoothInfo?> GetAsync();

    /// <summary>Posts a job; null when there is no such booth.</summary>
    Task<JobInfo?> AddJobAsync(string jobId, NewJob job);
}
