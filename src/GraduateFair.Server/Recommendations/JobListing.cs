using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Jobs;
using GraduateFair.Runtime;
using GraduateFair.Server.Scheduling;

namespace GraduateFair.Server.Recommendations;

/// <summary>A job posted at a booth of a scheduled or open fair enters the open-jobs index, and its push runs just after.</summary>
public static class JobListing
{
    public static async Task ListAsync(IGrainFactory grains, JobPushTriggers pushes, BoothInfo booth, JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(pushes);
        ArgumentNullException.ThrowIfNull(booth);
        ArgumentNullException.ThrowIfNull(job);
        if (await grains.GetGrain<IFairGrain>(booth.FairId).GetAsync() is not { Status: not FairStatus.Closed })
        {
            return;
        }

        var entry = new OpenJobEntry(job.JobId, booth.BoothId, booth.FairId, booth.CompanyName, job.Title, job.Discipline, job.Degree, job.City, job.Openings, job.PostedAt);
        if (await grains.GetGrain<IOpenJobsGrain>(OpenJobsGrain.SingletonKey).AddAsync(entry))
        {
            await pushes.PushNewJobAsync(job.JobId);
        }
    }
}
