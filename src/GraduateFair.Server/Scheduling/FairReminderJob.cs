using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Notifications;
using GraduateFair.Grains.Notifications;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Sends a fair's reminder to its registered graduates, if the fair says it is due now.</summary>
public sealed partial class FairReminderJob(FairReminders reminders, ILogger<FairReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fairId = context.Text(JobData.FairId);
        if (!KebabCase.TryParse<FairReminder>(context.Text(JobData.Reminder), out var reminder))
        {
            throw new InvalidOperationException($"Trigger {context.Trigger.Key} names no reminder.");
        }

        var sent = await reminders.SendAsync(fairId, reminder);
        LogSent(logger, fairId, reminder, sent);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fair {FairId} reminder {Reminder}: sent to {Graduates} graduates")]
    private static partial void LogSent(ILogger logger, string fairId, FairReminder reminder, int graduates);
}
