using GraduateFair.Domain.Cases;

namespace GraduateFair.Domain.Matching;

/// <summary>
/// Who gets jobs pushed and how many per push: graduates still looking for work (seeking, or
/// interviewing without an offer yet); 5 for graduates in priority groups, 3 for others.
/// </summary>
public static class JobPush
{
    /// <summary>Jobs per push for a graduate in a priority group.</summary>
    public const int PriorityCount = 5;

    /// <summary>Jobs per push for any other graduate.</summary>
    public const int RegularCount = 3;

    /// <summary><see cref="PriorityCount"/> or <see cref="RegularCount"/>.</summary>
    public static int CountFor(bool inPriorityGroup) => inPriorityGroup ? PriorityCount : RegularCount;

    /// <summary>
    /// True for the statuses that get pushes: seeking and interviewing, the graduates without a
    /// job or an offer. An offer, a contract or a job ends the pushes; not-seeking graduates asked
    /// not to be sent jobs for now.
    /// </summary>
    public static bool AppliesTo(CaseStatus status) => status is CaseStatus.Seeking or CaseStatus.Interviewing;
}
