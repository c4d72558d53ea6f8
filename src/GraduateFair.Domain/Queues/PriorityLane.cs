using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Queues;

/// <summary>Who waits in a booth's priority lane.</summary>
public static class PriorityLane
{
    /// <summary>
    /// True when the graduate consented to at least one of the fair's priority groups. Without
    /// consent a graduate has no groups (<paramref name="consentedGroups"/> is empty), so never qualifies.
    /// </summary>
    public static bool Qualifies(IEnumerable<PriorityGroup> consentedGroups, IEnumerable<PriorityGroup> fairPriorityGroups)
    {
        ArgumentNullException.ThrowIfNull(consentedGroups);
        ArgumentNullException.ThrowIfNull(fairPriorityGroups);
        return consentedGroups.Intersect(fairPriorityGroups).Any();
    }
}
