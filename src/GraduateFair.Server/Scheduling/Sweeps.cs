using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>The recurring sweeps: their jobs, and the names their last runs are kept under.</summary>
public static class Sweeps
{
    public const string Group = "sweeps";

    public static readonly JobKey WeeklyPush = new("weekly-job-push", Group);

    public static readonly JobKey MonthlyFollowUp = new("monthly-follow-up", Group);

    public static readonly JobKey NewJobPush = new("new-job-push", "pushes");
}
