using GraduateFair.Domain.Cases;

namespace GraduateFair.Domain.Reports;

/// <summary>What the monthly supervision report needs of one graduate's case.</summary>
/// <param name="Status">The case's status.</param>
/// <param name="Services">The services counted per kind.</param>
/// <param name="InPriorityGroup">The graduate consented to at least one priority group (hardship family, zero-employment family, disability, low income).</param>
/// <param name="HelpedByOrganiser">At least one service was recorded by an organiser: one-to-one help, which automatic job pushes are not.</param>
public sealed record SupervisionCase(CaseStatus Status, ServiceCounts Services, bool InPriorityGroup, bool HelpedByOrganiser)
{
    /// <summary>The figures of <paramref name="graduateCase"/>.</summary>
    public static SupervisionCase From(GraduateCase graduateCase, bool inPriorityGroup)
    {
        ArgumentNullException.ThrowIfNull(graduateCase);
        return new SupervisionCase(
            graduateCase.Status,
            graduateCase.ServiceCounts,
            inPriorityGroup,
            graduateCase.Services.Any(s => s.Actor == CaseActor.Organiser));
    }

    /// <summary>Wants help finding work: every status but not-seeking.</summary>
    public bool WantsHelp => Status != CaseStatus.NotSeeking;
}
