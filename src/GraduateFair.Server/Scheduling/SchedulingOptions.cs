namespace GraduateFair.Server.Scheduling;

/// <summary>The <c>Scheduling</c> configuration section: when the recurring sweeps run, and the time zone of calendars (cron, report months).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>IANA time zone of cron expressions and report months (default Asia/Shanghai).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Quartz cron of the weekly job-push sweep (default Mondays 03:00).</summary>
    public string WeeklyPushCron { get; set; } = "0 0 3 ? * MON";

    /// <summary>Quartz cron of the monthly follow-up sweep (default the 1st of each month, 04:00).</summary>
    public string MonthlyFollowUpCron { get; set; } = "0 0 4 1 * ?";

    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
