using GraduateFair.Domain.Cases;

namespace GraduateFair.Domain.FollowUps;

/// <summary>
/// Who is due a follow-up (回访): a graduate whose case is seeking or interviewing and who has
/// not been contacted for 30 days. Other statuses are never due: offer, signed and employed are
/// on their way, and not-seeking is revisited by an organiser's choice.
/// </summary>
public static class FollowUpRule
{
    /// <summary>How long a graduate may go without contact: 30 days (30 × 24 hours).</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromDays(30);

    /// <summary>True for the statuses that are followed up: seeking and interviewing.</summary>
    public static bool AppliesTo(CaseStatus status) => status is CaseStatus.Seeking or CaseStatus.Interviewing;

    /// <summary>
    /// When a follow-up falls due: <see cref="Interval"/> after the last contact (for a graduate
    /// never contacted, pass the time the case was opened); null for statuses not followed up.
    /// </summary>
    public static DateTimeOffset? DueAt(CaseStatus status, DateTimeOffset lastContactAt) =>
        AppliesTo(status) ? lastContactAt + Interval : null;

    /// <summary>True from the moment <see cref="DueAt"/> is reached (exactly 30 days without contact is due).</summary>
    public static bool IsDue(CaseStatus status, DateTimeOffset lastContactAt, DateTimeOffset now) =>
        DueAt(status, lastContactAt) is { } due && now >= due;
}
