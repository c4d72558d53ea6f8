namespace GraduateFair.Domain.Fairs;

/// <summary>Who may register and queue at a fair; serialised as <c>everyone</c> or <c>priority-groups-only</c>.</summary>
public enum Eligibility
{
    /// <summary>Every graduate.</summary>
    Everyone,

    /// <summary>Only graduates who consented to at least one of the fair's priority groups.</summary>
    PriorityGroupsOnly,
}
