using GraduateFair.Grains.Pushes;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Pushes a newly posted job's matches to the graduates it fits, just after it is posted.</summary>
public sealed partial class NewJobPushJob(JobPushes pushes, ILogger<NewJobPushJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var jobId = context.Text(JobData.JobId);
        var tally = await pushes.PushNewJobAsync(jobId);
        LogPushed(logger, jobId, tally.Jobs, tally.Graduates);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} posted: {Jobs} jobs pushed to {Graduates} graduates")]
    private static partial void LogPushed(ILogger logger, string jobId, int jobs, int graduates);
}
