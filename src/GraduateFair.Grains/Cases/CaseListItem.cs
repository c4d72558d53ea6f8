using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Cases;

/// <summary>One case in the organisers' list: services count the jobs pushed as recommendations.</summary>
public sealed record CaseListItem(
    string GraduateId,
    string FullName,
    string University,
    string City,
    Discipline Discipline,
    Degree Degree,
    int GraduationYear,
    CaseStatus Status,
    bool InPriorityGroup,
    ServiceCounts Services,
    IReadOnlyList<ServiceShortfall> Lacking,
    DateTimeOffset OpenedAt,
    DateTimeOffset? LastContactAt,
    DateTimeOffset? FollowUpDueAt,
    string? OpenFollowUpId)
{
    /// <summary>When the graduate was last in touch, or the case opened: the list's order.</summary>
    public DateTimeOffset QuietSince => LastContactAt ?? OpenedAt;
}
