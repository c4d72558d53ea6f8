using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Fairs;

/// <summary>Who may take part in a fair, and the default for each theme.</summary>
public static class EligibilityRule
{
    /// <summary>
    /// The answer to a graduate turned away (403). Neutral on purpose: it names no group and says
    /// nothing about the graduate, and employers are never told why anyone is absent.
    /// </summary>
    public const string NotEligibleMessage = "This session is reserved for the graduates it was organised for.";

    /// <summary>
    /// Priority-groups-only for the hardship-family, zero-employment-family and disability
    /// themes; everyone for the others.
    /// </summary>
    public static Eligibility DefaultFor(Theme theme) =>
        theme.PriorityGroupOf() is null ? Eligibility.Everyone : Eligibility.PriorityGroupsOnly;

    /// <summary>
    /// True when a graduate with <paramref name="consentedGroups"/> may register and queue: at any
    /// fair for everyone, and at a priority-groups-only fair when they consented to one of its
    /// groups (<see cref="PriorityLane.Qualifies"/>). Without consent a graduate has no groups.
    /// </summary>
    public static bool CanTakePart(Eligibility eligibility, IEnumerable<PriorityGroup> consentedGroups, IEnumerable<PriorityGroup> fairPriorityGroups) =>
        eligibility switch
        {
            Eligibility.Everyone => true,
            Eligibility.PriorityGroupsOnly => PriorityLane.Qualifies(consentedGroups, fairPriorityGroups),
            _ => throw new ArgumentOutOfRangeException(nameof(eligibility), eligibility, "Unknown eligibility."),
        };
}
