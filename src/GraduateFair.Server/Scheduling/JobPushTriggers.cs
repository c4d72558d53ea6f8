using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Asks Quartz to run the push for a newly posted job now, after the post is answered.</summary>
public sealed class JobPushTriggers(ISchedulerFactory schedulers)
{
    public async Task PushNewJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity($"{jobId}/push", Sweeps.NewJobPush.Group)
            .ForJob(Sweeps.NewJobPush)
            .UsingJobData(JobData.JobId, jobId)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
    }
}
