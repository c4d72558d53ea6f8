using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Fairs;

/// <param name="PriorityGroups">Whose members wait in the priority lane; includes the theme's group by default.</param>
/// <param name="Eligibility">Who may register and queue; null for the theme's default (<see cref="EligibilityRule.DefaultFor"/>).</param>
public sealed record NewFair(
    string Title,
    Theme Theme,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<PriorityGroup> PriorityGroups,
    string? Description,
    string CreatedBy,
    Eligibility? Eligibility = null);
