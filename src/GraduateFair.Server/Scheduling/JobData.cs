using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>The keys of the data our triggers carry.</summary>
internal static class JobData
{
    public const string FairId = "fairId";
    public const string Reminder = "reminder";
    public const string JobId = "jobId";
    public const string SessionId = "sessionId";
    public const string Until = "until";

    public static string Text(this IJobExecutionContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.MergedJobDataMap.TryGetValue(key, out var value) && value is string text
            ? text
            : throw new InvalidOperationException($"Trigger {context.Trigger.Key} carries no '{key}'.");
    }
}
